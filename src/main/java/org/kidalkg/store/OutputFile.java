package org.kidalkg.store;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file we write (TriG, N-Quads, JSON-LD, a copied article text, a store's manifest), written whole or not at all:
 * into a temporary file beside it, synced, then renamed over it, so a full disk, an error or a kill leaves the
 * previous file (or none) in place. An existing file is replaced only when asked ({@code --force}). Files are
 * readable by everyone (0644), so a server run as another user (the Docker image's) can read what we wrote.
 *
 * <pre>{@code
 * OutputFile.write(Path.of("out/kidal.trig"), false, out -> RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS));
 * }</pre>
 */
public final class OutputFile {
    private OutputFile() {}

    /** What writes the file's content. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} with what {@code body} writes.
     *
     * @throws StoreException when {@code target} exists and {@code force} is false, its folder is missing, or the
     *                        write fails (the message names the reason, such as a full disk); nothing was changed
     */
    public static void write(Path target, boolean force, Body body) {
        refuseExisting(target, force);
        Path temp = temporaryBeside(target);
        try {
            try (FileOutputStream file = new FileOutputStream(temp.toFile()); OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                body.writeTo(out);
                out.flush();
                file.getFD().sync(); // on disk before the rename makes it the file: a crash then leaves old or new, never half
            }
            readableByAll(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failed(target, temp, e);
        } catch (RuntimeException e) {
            IOException io = ioCause(e);
            if (io != null) {
                throw failed(target, temp, io);
            }
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Refuses to replace {@code target} unless {@code force}; call before long work so the user learns at once. */
    public static void refuseExisting(Path target, boolean force) {
        if (Files.isDirectory(target)) {
            throw new StoreException(target, "is a folder: give the name of a file to write");
        }
        if (Files.exists(target) && !force) {
            throw new StoreException(target, "already exists: add --force to overwrite it (nothing was written)");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new StoreException(target, "the folder " + folder + " does not exist: create it first, or write elsewhere");
        }
    }

    private static Path temporaryBeside(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            return Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
        } catch (IOException e) {
            throw new StoreException(target, "cannot write in " + folder + ": " + reason(e) + " (nothing was written)");
        }
    }

    private static void readableByAll(Path file) throws IOException {
        // createTempFile makes a 0600 file; ours are data to share, like any file the user writes.
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static StoreException failed(Path target, Path temp, IOException e) {
        deleteQuietly(temp);
        String kept = Files.exists(target) ? "the file is as it was" : "nothing was written";
        return new StoreException(target, "cannot write: " + reason(e) + " (" + kept + ")");
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The temporary file is hidden and named for its target; a full disk may refuse even this.
        }
    }
}
