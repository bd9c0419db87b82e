package org.factline.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What an import will do (a preview) or did (a commit): the detected layout and why, the mapping, and how many
 * observations are added, revised (a new vintage of a value that changed), unchanged and rejected, with the
 * first rejections' lines and reasons. {@code refusal} says why nothing was (or would be) imported.
 */
public record ImportReport(String fileName, long size, String checksum, ImportFormat format, String detectedBecause,
                           String dialect, String mapping, LocalDate vintage, List<String> sources, int added,
                           int revised, int unchanged, int rejected, List<Rejection> rejections, List<String> notes,
                           String refusal, boolean committed, Long importId) {

    /** At most this many rejections are listed; {@link #rejected()} counts them all. */
    public static final int MAX_LISTED_REJECTIONS = 200;

    public boolean refused() {
        return refusal != null;
    }

    public static ImportReport refusedBeforeReading(String fileName, long size, String checksum, String why) {
        return new ImportReport(fileName, size, checksum, null, null, null, null, null, List.of(), 0, 0, 0, 0,
                List.of(), List.of(), why, false, null);
    }

    /** The report as lines of text, as the command line prints it. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        out.add(fileName + " (" + size + " bytes, sha256 " + (checksum == null ? "?" : checksum.substring(0, 12)) + ")");
        if (format != null) {
            out.add("  format:    " + format.label() + " (" + detectedBecause + ")");
            out.add("  dialect:   " + dialect);
        }
        if (mapping != null) {
            out.add("  mapping:   " + mapping);
        }
        if (vintage != null) {
            out.add("  vintage:   " + vintage);
        }
        sources.forEach(s -> out.add("  source:    " + s));
        notes.forEach(n -> out.add("  note:      " + n));
        out.add(String.format(Locale.ROOT, "  added %,d, revised %,d, unchanged %,d, rejected %,d", added, revised,
                unchanged, rejected));
        rejections.forEach(r -> out.add("  rejected:  " + r.describe()));
        if (rejected > rejections.size()) {
            out.add(String.format(Locale.ROOT, "  ... and %,d more rejected lines", rejected - rejections.size()));
        }
        if (refusal != null) {
            out.add("  REFUSED:   " + refusal);
        } else {
            out.add(committed ? "  imported as import #" + importId : "  not imported yet (preview)");
        }
        return out;
    }
}
