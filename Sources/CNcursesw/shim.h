// The C side of the terminal backend: what Swift cannot import from ncursesw
// (macros, globals, variadic or wide-character declarations). Nothing here may
// keep state: every module that inlines these functions would get its own
// copy of it (signal state lives in CTerminalGuard).
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
#include <poll.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
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

/// Creates the curses screen on stdin/stdout. Unlike initscr, an unknown
/// TERM returns 0 instead of exiting the process, and so does one that
/// cannot move the cursor (TERM=dumb), on which a screen is a useless stream.
static inline int segdesk_start_terminal(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) {
        endwin();
        delscreen(screen);
        return 0;
    }
    return 1;
}

/// The sequence that leaves the alternate screen (terminfo rmcup), or NULL.
static inline const char *segdesk_exit_alternate_screen_sequence(void) {
    const char *rmcup = tigetstr("rmcup");
    return rmcup == (char *)-1 ? NULL : rmcup;
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
