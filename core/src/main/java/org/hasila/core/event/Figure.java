package org.hasila.core.event;

import java.util.List;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;

/**
 * The reconciled value of one kind and group within an event.
 *
 * @param low      lowest credible value under the policy
 * @param best     best estimate under the policy
 * @param high     highest credible value, or {@code null} when open-ended
 * @param policy   name of the policy that computed low, best and high
 * @param claims   every claim about this kind and group
 * @param current  the latest claim of each source
 * @param conflict true exactly when the current claims cannot all be true
 */
public record Figure(Kind kind, Group group, Long low, Long best, Long high, String policy,
                     List<String> claims, List<String> current, boolean conflict, List<Note> notes) {
}
