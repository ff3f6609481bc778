package io.kexiang.shared.csv;

/** What an import did, or with {@code dryRun}, would do. */
public record ImportCounts(String kind, int rows, int created, int updated, boolean dryRun) {

    public static ImportCounts of(String kind, int created, int updated) {
        return new ImportCounts(kind, created + updated, created, updated, false);
    }

    ImportCounts asDryRun() {
        return new ImportCounts(kind, rows, created, updated, true);
    }
}
