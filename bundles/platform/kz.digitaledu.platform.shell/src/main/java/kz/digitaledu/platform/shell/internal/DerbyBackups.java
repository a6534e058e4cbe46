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
}
