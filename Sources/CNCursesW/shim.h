/* The C boundary of Jobsag: ncursesw with wide-character support, plus the few macros and
   globals Swift cannot import, the signal handlers that restore the terminal, the
   stop and continue of Ctrl-Z, and the wake-up of the main loop's wait by signals. */
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
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* The columns the C library gives a character in the current locale: what curses lays the
   screen out with (declared here, as <wchar.h> declares it only for _XOPEN_SOURCE). */
int wcwidth(wchar_t character);
static inline int jobsag_wcwidth(unsigned int character) { return wcwidth((wchar_t)character); }

static inline WINDOW *jobsag_stdscr(void) { return stdscr; }
static inline WINDOW *jobsag_curscr(void) { return curscr; }

/* Whether the terminal can move the cursor (terminfo `cup`); `dumb` cannot. */
static inline int jobsag_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}
static inline int jobsag_lines(void) { return LINES; }
static inline int jobsag_cols(void) { return COLS; }

static inline attr_t jobsag_attr_normal(void) { return A_NORMAL; }
static inline attr_t jobsag_attr_bold(void) { return A_BOLD; }
static inline attr_t jobsag_attr_reverse(void) { return A_REVERSE; }
static inline attr_t jobsag_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t jobsag_attr_dim(void) { return A_DIM; }

/* The mouse: presses of the left button and the wheel (buttons 4 and 5), nothing else
   (no releases, no motion). The masks are macros, so Swift needs them here. */
static inline mmask_t jobsag_mouse_events(void) { return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t jobsag_mouse_press(void) { return BUTTON1_PRESSED; }
static inline mmask_t jobsag_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t jobsag_mouse_wheel_down(void) { return BUTTON5_PRESSED; }

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

/* Suspension (Ctrl-Z). Curses reads keys raw, so Ctrl-Z arrives as a key and the main loop
   suspends the program itself: endwin, then this stop. The SIGCONT handler only sets a flag
   (async-signal-safe); the main loop sees it when get_wch returns and redraws the screen. */

static volatile sig_atomic_t jobsag_continued = 0;

/* Waking the main loop. It waits in poll() on the terminal and a wake-up pipe; a signal may
   be delivered to any thread (effects run on others), so the handlers of resize and
   continue write a byte to the pipe, and the wait ends whichever thread took the signal. */

static volatile sig_atomic_t jobsag_wake_fd = -1;

/* The write end of the wake-up pipe, or -1 for none. */
static inline void jobsag_set_wake_fd(int fd) { jobsag_wake_fd = fd; }

static inline void jobsag_wake_main_loop(void) {
    int fd = jobsag_wake_fd;
    if (fd < 0) return;
    int saved = errno;
    char byte = 1;
    ssize_t written = write(fd, &byte, 1);
    (void)written;
    errno = saved;
}

static inline struct sigaction *jobsag_curses_resize_action(void) {
    static struct sigaction action;
    return &action;
}

/* SIGWINCH: ncurses' own handler (it makes the next get_wch return KEY_RESIZE), then the wake-up. */
static inline void jobsag_note_resized(int signal_number) {
    void (*curses_handler)(int) = jobsag_curses_resize_action()->sa_handler;
    if (curses_handler != SIG_DFL && curses_handler != SIG_IGN && curses_handler != NULL) curses_handler(signal_number);
    jobsag_wake_main_loop();
}

static inline void jobsag_note_continued(int signal_number) {
    (void)signal_number;
    jobsag_continued = 1;
    jobsag_wake_main_loop();
}

/* Whether the process was continued (SIGCONT) since the last call. */
static inline int jobsag_take_continued(void) {
    int continued = jobsag_continued;
    jobsag_continued = 0;
    return continued;
}

/* Stops the process the way Ctrl-Z does without curses (SIGTSTP with its default action,
   bypassing ncurses' own handler) and returns once it is continued (`fg`). In an orphaned
   process group, where there is no shell to continue it, the kernel ignores the stop. */
static inline void jobsag_stop_process(void) {
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    sigset_t tstp, saved;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, &saved);
    kill(getpid(), SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}

static inline void jobsag_install_signal_handlers(void) {
    /* A parent may have started us with signals blocked; resizing, quitting and
       continuing after a stop need them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    /* No SA_RESTART: a continue interrupts the wait for a key, so the screen is redrawn at once. */
    struct sigaction continued;
    memset(&continued, 0, sizeof continued);
    continued.sa_handler = jobsag_note_continued;
    sigemptyset(&continued.sa_mask);
    sigaction(SIGCONT, &continued, NULL);
    /* Called after newterm, so the previous SIGWINCH action is ncurses' own. */
    struct sigaction resized;
    memset(&resized, 0, sizeof resized);
    resized.sa_handler = jobsag_note_resized;
    sigemptyset(&resized.sa_mask);
    struct sigaction previous_resize;
    sigaction(SIGWINCH, &resized, &previous_resize);
    if (previous_resize.sa_handler != jobsag_note_resized) *jobsag_curses_resize_action() = previous_resize;
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
