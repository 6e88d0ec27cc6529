package org.hasila.extract;

import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.entity.Mention;

/** What extraction found in one document. */
public record Extraction(List<Claim> claims, List<Mention> mentions) {
}
