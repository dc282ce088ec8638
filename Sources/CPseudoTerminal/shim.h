// Starting programs for the benchmark, on a pseudo-terminal of a given size or
// quietly: fork, ioctl, the pty and spawn calls are variadic or unsafe to
// reach from Swift.
#ifndef SEGDESK_PTY_SHIM_H
#define SEGDESK_PTY_SHIM_H

#include <pty.h>
#include <fcntl.h>
#include <spawn.h>
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

/// Starts `path` with `argv` and `envp`, its standard output and error going
/// to /dev/null. Returns the child's pid, or -1 on failure. For timing whole
/// commands: the wait that goes with it is a plain `waitpid`.
static inline pid_t segdesk_spawn_quiet(const char *path, char *const argv[], char *const envp[]) {
    posix_spawn_file_actions_t actions;
    if (posix_spawn_file_actions_init(&actions) != 0) return -1;
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    int failed = posix_spawn(&pid, path, &actions, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    return failed ? -1 : pid;
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
