package kz.digitaledu.platform.shell.internal;

import java.io.File;

/** What a Derby backup folder must hold, and where the live database is. */
final class DerbyBackups {
    private DerbyBackups() {
    }

    /**
     * The database folder of a backup: {@code folder} itself when it holds a Derby database, else its only
     * sub-folder that does ({@code edu:backup} writes {@code <folder>/digitaledu}).
     *
     * @throws IllegalArgumentException naming what is wrong with the folder
     */
    static File databaseFolder(File folder) {
        if (!folder.isDirectory()) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        if (isDatabase(folder)) {
            return folder.getAbsoluteFile();
        }
        File[] children = folder.listFiles(f -> f.isDirectory() && isDatabase(f));
        if (children == null || children.length == 0) {
            throw new IllegalArgumentException(folder + " holds no Derby backup (service.properties, seg0 and log are missing)");
        }
        if (children.length > 1) {
            throw new IllegalArgumentException(folder + " holds several databases; name the one to restore");
        }
        return children[0].getAbsoluteFile();
    }

    private static boolean isDatabase(File folder) {
        return new File(folder, "service.properties").isFile() && new File(folder, "seg0").isDirectory()
                && new File(folder, "log").isDirectory();
    }

    /** The folder of the database a connection URL such as {@code jdbc:derby:/x/derby/digitaledu;create=true} opens. */
    static String databasePath(String url) {
        String prefix = "jdbc:derby:";
        if (url == null || !url.startsWith(prefix) || url.startsWith(prefix + "//") || url.startsWith(prefix + "memory:")) {
            throw new IllegalArgumentException("not an embedded Derby database on disk: " + url);
        }
        String path = url.substring(prefix.length());
        if (path.startsWith("directory:")) {
            path = path.substring("directory:".length());
        }
        int attributes = path.indexOf(';');
        return attributes < 0 ? path : path.substring(0, attributes);
    }

    /** Where the platform keeps attached files: {@code directory} of kz.digitaledu.platform.files, else data/files. */
    static java.nio.file.Path filesFolder(org.osgi.service.cm.ConfigurationAdmin configurations) {
        try {
            org.osgi.service.cm.Configuration[] found = configurations == null ? null
                    : configurations.listConfigurations("(service.pid=kz.digitaledu.platform.files)");
            Object directory = found == null || found.length == 0 || found[0].getProperties() == null ? null
                    : found[0].getProperties().get("directory");
            if (directory != null && !directory.toString().isBlank()) {
                return java.nio.file.Path.of(directory.toString().trim());
            }
        } catch (java.io.IOException | org.osgi.framework.InvalidSyntaxException e) {
            // fall back to the default folder
        }
        return java.nio.file.Path.of(System.getProperty("karaf.data", "data"), "files");
    }

    /**
     * Copies a folder tree (the attached files) into {@code to}, leaving out uploads still being written
     * ({@code incoming}); nothing happens when {@code from} does not exist. Returns the number of files copied.
     */
    static int copyFiles(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(from)) {
            return 0;
        }
        int[] copied = {0};
        java.nio.file.Files.walkFileTree(from, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(java.nio.file.Path dir, java.nio.file.attribute.BasicFileAttributes a)
                    throws java.io.IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().equals("incoming") && dir.getParent().equals(from)) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                java.nio.file.Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(java.nio.file.Path file, java.nio.file.attribute.BasicFileAttributes a)
                    throws java.io.IOException {
                if (a.isRegularFile()) {
                    java.nio.file.Files.copy(file, to.resolve(from.relativize(file).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    copied[0]++;
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return copied[0];
    }

    /** Deletes a folder tree; nothing happens when it does not exist. */
    static void deleteTree(java.nio.file.Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
