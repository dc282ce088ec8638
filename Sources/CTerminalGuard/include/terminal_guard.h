// The process-wide state behind a clean exit from the dashboard: the signal
// that asked it to end, and what a crash handler needs to put the terminal
// back. It lives in one compiled file, not in a header's static inline
// functions: each Swift module that inlines such a function gets its own copy
// of its static variables, so in a release build the handler wrote one flag
// and the main loop read another.
#ifndef SEGDESK_TERMINAL_GUARD_H
#define SEGDESK_TERMINAL_GUARD_H

/// Keeps the terminal's settings from before curses started, for a crash
/// handler to restore; call before the terminal is put into curses mode.
void segdesk_guard_save_terminal(void);

/// Keeps the sequence that leaves the alternate screen (terminfo rmcup), which
/// a crash handler writes; longer than 63 bytes is ignored.
void segdesk_guard_remember_exit_sequence(const char *sequence);

/// Installs handlers that only record SIGINT, SIGTERM, SIGQUIT and SIGHUP (the
/// main loop acts on them), ignores SIGPIPE, unblocks those signals, and
/// restores the terminal before a trap (SIGSEGV, SIGILL, SIGABRT, ...) ends
/// the process.
void segdesk_guard_install_signal_handlers(void);

/// The last signal that asked the program to end, or 0; reading clears it.
int segdesk_guard_take_pending_signal(void);

#endif
