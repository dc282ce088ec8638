#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_terminal;
static int have_saved_terminal = 0;
static char exit_sequence[64];

void segdesk_guard_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &saved_terminal) == 0) have_saved_terminal = 1;
}

void segdesk_guard_remember_exit_sequence(const char *sequence) {
    if (sequence == NULL || strlen(sequence) >= sizeof exit_sequence) return;
    strcpy(exit_sequence, sequence);
}

static void on_end_signal(int signo) { pending_signal = signo; }

static void on_crash(int signo) {
    if (have_saved_terminal) tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
    size_t length = strlen(exit_sequence);
    if (length > 0) { ssize_t ignored = write(STDOUT_FILENO, exit_sequence, length); (void)ignored; }
    signal(signo, SIG_DFL);
    raise(signo);
}

void segdesk_guard_install_signal_handlers(void) {
    static const int ending[] = { SIGINT, SIGTERM, SIGQUIT, SIGHUP };
    static const int traps[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_end_signal;
    for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++) sigaction(ending[i], &action, NULL);
    action.sa_handler = on_crash;
    for (size_t i = 0; i < sizeof traps / sizeof traps[0]; i++) sigaction(traps[i], &action, NULL);
    signal(SIGPIPE, SIG_IGN);
    // A parent may have started us with these blocked; they must reach us.
    sigset_t wanted;
    sigemptyset(&wanted);
    for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++) sigaddset(&wanted, ending[i]);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int segdesk_guard_take_pending_signal(void) {
    int signo = pending_signal;
    pending_signal = 0;
    return signo;
}
