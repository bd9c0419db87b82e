package org.factline.linking;

import org.factline.extraction.Candidate;

/** A figure found in an article's text, what to link it to, and the citation when it is linked already. */
public record Proposal(Candidate candidate, Suggestion suggestion, Long citationId) {

    public boolean linked() {
        return citationId != null;
    }
}
