package org.factline.importer;

/** The dataset a file's rows come from, as the file (or the import's options) describes it. */
record SourceInfo(String url, String title, String publisher) {
}
