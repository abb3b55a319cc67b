package org.kidalkg.cli;

/** A command that cannot go on for a reason the user can fix (a busy port): its message says what and how. */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message);
    }
}
