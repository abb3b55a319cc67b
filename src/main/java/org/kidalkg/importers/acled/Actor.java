package org.kidalkg.importers.acled;

/** An actor as ACLED names it, with its interaction code (1 state forces, 2 rebels, 3 political militia, ...). */
record Actor(String name, int inter) {
    boolean state() {
        return inter == 1;
    }
}
