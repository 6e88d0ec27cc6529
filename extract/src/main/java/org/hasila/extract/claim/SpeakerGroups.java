package org.hasila.extract.claim;

import java.util.List;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Group;

/**
 * "نعت حركة الجهاد ثلاثة من مقاتليها": a number of "its own" people (own-people.txt) counts the speaker's people, whose
 * group the speaker's entity gives (entity-groups.tsv) — unless the speaker is the one who acted ("قالت قوات الدعم
 * السريع إنها قتلت 40 من عناصرها": the enemy's people; speaker-agents.txt).
 */
final class SpeakerGroups {

    /** Words between "إنها" (the speaker as the one who acted) and the number: its verb and a qualifier. */
    private static final int AGENT_GAP = 4;
    /** Words after a number within which its own people's word stands: the noun, من, then the word. */
    private static final int OWN_PEOPLE_REACH = 3;
    private static final String ARMED_GROUP = "grp:";

    private final Lexicons lexicons;

    SpeakerGroups(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The group of the speaker's people when the number counts them, else the figure's own group. */
    Group groupOfOwnPeople(SentenceView view, Candidate c, Attribution source) {
        return ownPeople(view, c) ? groupOf(source, c.group) : c.group;
    }

    /**
     * Whether the speaker is who acted on the number's people: "قالت قوات الدعم السريع إنها قتلت 40 من عناصرهم"، "زعم
     * التنظيم أن مقاتليه قتلوا 55 شخصا"; a verb stands between the agent and the number ("أن مقاتليها الخمسة قتلوا"
     * counts the fighters).
     */
    boolean speakerActed(SentenceView view, Candidate c) {
        for (int k = Math.max(0, c.first - AGENT_GAP); k < c.first - 1; k++) {
            if (lexicons.speakerAgents().startsAt(view.words(), k)) {
                return true;
            }
        }
        return false;
    }

    private boolean ownPeople(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        if (c.toll >= 0 && lexicons.ownPeople().startsAt(words, c.toll)) {
            return true; // "ارتفاع عدد قتلانا ... إلى 5": the toll of the speaker's own
        }
        if (speakerActed(view, c)) {
            return false;
        }
        // "13 من عناصرنا"، "13 شهيداً من عناصرنا": right after the number, or after its noun and من
        for (int k = c.last + 1; k <= Math.min(words.size() - 1, c.last + OWN_PEOPLE_REACH); k++) {
            if (lexicons.ownPeople().startsAt(words, k)) {
                return true;
            }
        }
        return false;
    }

    private Group groupOf(Attribution source, Group other) {
        if (source == null) {
            return other;
        }
        if (source.entity() == null) {
            // "وأقر التنظيم بمقتل 4 من عناصره": a group named again by a common noun fights a state, as partisan claims
            return lexicons.armedGroupNoun(source.text()) ? Group.MILITANTS
                    : lexicons.stateForceNoun(source.text()) ? Group.SECURITY_FORCES : other;
        }
        Group own = lexicons.entityGroups().get(source.entity());
        if (own == null && source.entity().startsWith(ARMED_GROUP)) {
            own = lexicons.entityGroups().get("type:armed_group");
        }
        return own == null ? other : own;
    }
}
