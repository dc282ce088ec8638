// Starting a program on a pseudo-terminal of a given size, for the benchmark:
// fork, ioctl and the pty calls are variadic or unsafe to reach from Swift.
#ifndef SEGDESK_PTY_SHIM_H
#define SEGDESK_PTY_SHIM_H

#include <pty.h>
#include <unistd.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>

/// Starts `path` with `argv` and `envp` as the session leader of a new
/// pseudo-terminal of `columns` x `rows`. Returns the child's pid and puts the
/// terminal's controlling side in `*master`; -1 on failure.
static inline pid_t segdesk_spawn_on_pty(const char *path, char *const argv[], char *const envp[],
                                         unsigned short columns, unsigned short rows, int *master) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    int controller = -1;
    pid_t pid = forkpty(&controller, NULL, NULL, &size);
    if (pid < 0) return -1;
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execve(path, argv, envp);
        _exit(127);
    }
    *master = controller;
    return pid;
}

/// Waits for a child; returns its exit status, or 128 + the signal that ended it.
static inline int segdesk_wait_child(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {}
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

#endif
