// The C side of the terminal backend: what Swift cannot import from ncursesw
// (macros, globals, variadic or wide-character declarations) and what must not
// run as Swift (signal handlers).
#ifndef SEGDESK_NCURSES_SHIM_H
#define SEGDESK_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <poll.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <termios.h>
#include <wchar.h>

/// Sets the locale from the environment and, when its codeset is not UTF-8
/// (an SSH session that did not forward LANG), falls back to C.UTF-8 so
/// ncursesw keeps non-ASCII letters. Returns 1 when the result is UTF-8.
static inline int segdesk_setup_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && strcmp(codeset, "UTF-8") == 0) return 1;
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) setlocale(LC_ALL, "C.utf8");
    codeset = nl_langinfo(CODESET);
    return codeset && strcmp(codeset, "UTF-8") == 0;
}

// The terminal's state before curses, and the sequence that leaves the
// alternate screen, kept so a crash handler can restore them without Swift.
// Function-local statics: a header-level static would not be emitted by the
// Swift importer.
struct segdesk_terminal_memory {
    struct termios saved;
    int have_saved;
    char exit_ca[64];
};

static inline struct segdesk_terminal_memory *segdesk_memory(void) {
    static struct segdesk_terminal_memory memory;
    return &memory;
}

static inline volatile sig_atomic_t *segdesk_signal_slot(void) {
    static volatile sig_atomic_t pending = 0;
    return &pending;
}

/// Creates the curses screen on stdin/stdout. Unlike initscr, an unknown
/// TERM returns 0 instead of exiting the process.
static inline int segdesk_start_terminal(void) {
    struct segdesk_terminal_memory *memory = segdesk_memory();
    if (tcgetattr(STDIN_FILENO, &memory->saved) == 0) memory->have_saved = 1;
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    const char *rmcup = tigetstr("rmcup");
    if (rmcup != NULL && rmcup != (char *)-1 && strlen(rmcup) < sizeof(memory->exit_ca)) {
        strcpy(memory->exit_ca, rmcup);
    }
    return 1;
}

static void segdesk_on_signal(int signo) { *segdesk_signal_slot() = signo; }

static void segdesk_on_crash(int signo) {
    struct segdesk_terminal_memory *memory = segdesk_memory();
    if (memory->have_saved) tcsetattr(STDIN_FILENO, TCSANOW, &memory->saved);
    size_t n = strlen(memory->exit_ca);
    if (n > 0) { ssize_t ignored = write(STDOUT_FILENO, memory->exit_ca, n); (void)ignored; }
    signal(signo, SIG_DFL);
    raise(signo);
}

/// Installs handlers that only record the signal (the main loop acts on it)
/// for the ways a session ends, and a last-resort terminal restore for traps.
static inline void segdesk_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = segdesk_on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    signal(SIGPIPE, SIG_IGN);
    // A parent may have started us with these blocked; they must reach us.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = segdesk_on_crash;
    sigemptyset(&crash.sa_mask);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
}

/// The last signal that asked the program to end, or 0; reading clears it.
static inline int segdesk_take_pending_signal(void) {
    int signo = *segdesk_signal_slot();
    *segdesk_signal_slot() = 0;
    return signo;
}

/// 1 when standard input has hung up or failed (an SSH link that dropped),
/// which get_wch reports only as ERR, the same as "no key yet".
static inline int segdesk_input_is_gone(void) {
    struct pollfd fd = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&fd, 1, 0) < 0) return 1;
    return (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

// Globals and macros Swift 6 rejects or cannot see.
static inline WINDOW *segdesk_stdscr(void) { return stdscr; }
static inline int segdesk_cols(void) { return COLS; }
static inline int segdesk_lines(void) { return LINES; }
static inline int segdesk_colors(void) { return COLORS; }
static inline int segdesk_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t segdesk_attr_normal(void) { return A_NORMAL; }
static inline attr_t segdesk_attr_bold(void) { return A_BOLD; }
static inline attr_t segdesk_attr_reverse(void) { return A_REVERSE; }
static inline attr_t segdesk_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t segdesk_attr_dim(void) { return A_DIM; }
static inline int segdesk_key_resize(void) { return KEY_RESIZE; }

/// Draws one character cell with attributes and colour pair, through the
/// wide-character API so letters outside ASCII survive.
static inline void segdesk_put_cell(int y, int x, wchar_t ch, attr_t attrs, short pair) {
    wchar_t text[2] = { ch, 0 };
    cchar_t cell;
    setcchar(&cell, text, attrs, pair, NULL);
    mvadd_wch(y, x, &cell);
}

/// Reads one key or character; returns OK, KEY_CODE_YES or ERR like get_wch.
static inline int segdesk_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int result = get_wch(&ch);
    *out = (unsigned int)ch;
    return result;
}

#endif
