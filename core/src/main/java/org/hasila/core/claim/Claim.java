package org.hasila.core.claim;

/**
 * One figure stated in one document, with everything needed to trace and weigh it.
 *
 * @param id       stable id derived from the document and the figure's position
 * @param document the document id
 * @param kind     what is counted
 * @param group    who is counted
 * @param value    the stated figure as an interval
 * @param source   who stated it; {@code null} when the outlet speaks in its own voice
 * @param asOf     ISO date the figure was stated for, or {@code null} when unresolved
 * @param evidence the sentence it came from
 * @param scope    whether it is about the incident or something wider
 * @param partOf   id of the total this figure is a component of (a breakdown), or {@code null}
 * @param place    canonical id of the place or facility the sentence names (not a dateline), or {@code null}
 * @param listedWith id of the first figure of a list this one goes on, of the same kind and group and with no total
 *                 ("قُتل طفلان وامرأة": the woman is listed with the two children; the source states 3), or {@code null}
 * @param partisan  a party to the fighting states its enemy's losses ("زعمت حركة الشباب أنها قتلت أكثر من 20 من عناصر
 *                  الأمن"): a claim to report, not a count to take the best figure from while another source gives one
 * @param asOfTime  the time of day of the live page's entry that states it ("19:05"), {@code HH:MM}, or {@code null}
 */
public record Claim(String id, String document, Kind kind, Group group, Quantity value, Attribution source,
                    String asOf, Evidence evidence, Scope scope, String partOf, String place, String listedWith,
                    boolean partisan, String asOfTime) {

    /** A claim of no live page's entry. */
    public Claim(String id, String document, Kind kind, Group group, Quantity value, Attribution source,
                 String asOf, Evidence evidence, Scope scope, String partOf, String place, String listedWith,
                 boolean partisan) {
        this(id, document, kind, group, value, source, asOf, evidence, scope, partOf, place, listedWith, partisan, null);
    }

    /** A claim no party states about its enemy. */
    public Claim(String id, String document, Kind kind, Group group, Quantity value, Attribution source,
                 String asOf, Evidence evidence, Scope scope, String partOf, String place, String listedWith) {
        this(id, document, kind, group, value, source, asOf, evidence, scope, partOf, place, listedWith, false);
    }

    /** A claim listed with no other. */
    public Claim(String id, String document, Kind kind, Group group, Quantity value, Attribution source,
                 String asOf, Evidence evidence, Scope scope, String partOf, String place) {
        this(id, document, kind, group, value, source, asOf, evidence, scope, partOf, place, null);
    }

    /** This claim as stated by {@code source}, a party's claim of its enemy's losses or not. */
    public Claim withSource(Attribution source, boolean partisan) {
        return new Claim(id, document, kind, group, value, source, asOf, evidence, scope, partOf, place, listedWith,
                partisan, asOfTime);
    }

    /** This claim as stated in a live page's entry of that day and time. */
    public Claim withEntry(String asOf, String asOfTime) {
        return new Claim(id, document, kind, group, value, source, asOf, evidence, scope, partOf, place, listedWith,
                partisan, asOfTime);
    }

    /** This claim stating {@code value} instead. */
    public Claim withValue(Quantity value) {
        return new Claim(id, document, kind, group, value, source, asOf, evidence, scope, partOf, place, listedWith,
                partisan, asOfTime);
    }

    /** This claim as a part of the total {@code total}. */
    public Claim withPartOf(String total) {
        return new Claim(id, document, kind, group, value, source, asOf, evidence, scope, total, place, listedWith,
                partisan, asOfTime);
    }
}
