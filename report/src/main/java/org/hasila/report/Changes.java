package org.hasila.report;

import java.util.List;

/**
 * What changed since a previous run.
 *
 * @param since          job execution id of the run compared against, or {@code null} when there is none
 * @param claimsAdded    ids of claims new in this run
 * @param claimsRemoved  ids of claims gone since that run
 * @param figuresChanged figures whose reconciled values moved
 */
public record Changes(Long since, List<String> claimsAdded, List<String> claimsRemoved,
                      List<FigureChange> figuresChanged) {

    public Changes {
        claimsAdded = claimsAdded == null ? List.of() : List.copyOf(claimsAdded);
        claimsRemoved = claimsRemoved == null ? List.of() : List.copyOf(claimsRemoved);
        figuresChanged = figuresChanged == null ? List.of() : List.copyOf(figuresChanged);
    }

    /** No previous run to compare with. */
    public static Changes none() {
        return new Changes(null, List.of(), List.of(), List.of());
    }
}
