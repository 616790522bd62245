/* The C boundary of Jobsag: ncursesw with wide-character support, plus the few macros and
   globals Swift cannot import, and the signal handlers that restore the terminal. */
#ifndef JOBSAG_CNCURSESW_SHIM_H
#define JOBSAG_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <pthread.h>
#include <string.h>
#include <ncursesw/curses.h>

static inline WINDOW *jobsag_stdscr(void) { return stdscr; }
static inline int jobsag_lines(void) { return LINES; }
static inline int jobsag_cols(void) { return COLS; }

static inline attr_t jobsag_attr_normal(void) { return A_NORMAL; }
static inline attr_t jobsag_attr_bold(void) { return A_BOLD; }
static inline attr_t jobsag_attr_reverse(void) { return A_REVERSE; }
static inline attr_t jobsag_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t jobsag_attr_dim(void) { return A_DIM; }

/* Terminal restoration on signals. While curses owns the terminal, the handlers call
   endwin() and then hand the signal to whatever handled it before (the default action, or
   the Swift runtime's crash reporter), so the process still ends as it would have. */

static volatile sig_atomic_t jobsag_curses_active = 0;

static inline void jobsag_set_curses_active(int active) { jobsag_curses_active = active; }

#define JOBSAG_SIGNAL_COUNT 9
static inline int *jobsag_handled_signals(void) {
    static int signals[JOBSAG_SIGNAL_COUNT] = {
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT
    };
    return signals;
}

static inline struct sigaction *jobsag_previous_actions(void) {
    static struct sigaction previous[JOBSAG_SIGNAL_COUNT];
    return previous;
}

static inline void jobsag_restore_and_reraise(int signal_number) {
    if (jobsag_curses_active) {
        jobsag_curses_active = 0;
        endwin();
    }
    int *signals = jobsag_handled_signals();
    for (int i = 0; i < JOBSAG_SIGNAL_COUNT; i++) {
        if (signals[i] == signal_number) {
            sigaction(signal_number, &jobsag_previous_actions()[i], NULL);
            break;
        }
    }
    raise(signal_number);
}

static inline void jobsag_install_signal_handlers(void) {
    /* A parent may have started us with signals blocked; resizing and quitting need them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGQUIT);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    int *signals = jobsag_handled_signals();
    for (int i = 0; i < JOBSAG_SIGNAL_COUNT; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = jobsag_restore_and_reraise;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(signals[i], &action, &jobsag_previous_actions()[i]);
    }
}

#endif
