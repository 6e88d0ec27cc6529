package org.hasila.extract.source;

import java.util.Locale;

/** How a cue word points at the one who states a figure (see {@code cues.tsv}). */
enum CueKind {
    /** A verb of saying; the speaker follows it or precedes it. */
    SPEECH,
    /** A verb of saying whose speaker can only precede it (English "told"). */
    SPEECH_SVO,
    /**
     * A verb of accusing: its speaker precedes it or is the first name after it, and the accused follows ("اتهمت
     * قوات الدعم السريع الجيش بقتل 41": the RSF speak, not the army).
     */
    ACCUSING,
    /**
     * A verb of taking a stand on what happened, denying it (نفى) or claiming it (تبنى): its speaker is named as a
     * verb of saying's, and speaks on in the verbs after it ("نفت الوزارة ذلك، وقالت إن"، "تبنت الحركة التفجير،
     * وزعمت أنها قتلت"), but a figure in its own clause is not what it states ("نفى الجيش مقتل 20 جندياً").
     */
    STANCE,
    /**
     * A stance of denying (نفى، نافية، denied): as {@link #STANCE}, and whoever spoke before it states nothing after it
     * ("وقالت الوزارة إن ...، نافية ما أعلنه المستشار من أن الضربات قتلت 12": the adviser's figure, not the ministry's).
     */
    DENIAL,
    /** A preposition after which the source is named (وفق، بحسب). */
    ACCORDING,
    /**
     * A sentence's opening that says where the sentence before was stated, its source named after it as after
     * {@link #ACCORDING} ("جاء ذلك في بيان لوزارة الصحة"): it sources the figures of its own sentence, and those the
     * sentence before gave in the outlet's voice.
     */
    TRAILING,
    /** A verb of relaying: the relayer, then عن and the original source. */
    RELAY,
    /** The original source follows (نقلا عن). */
    CITING,
    /** A participle that keeps the current speaker (مضيفا). */
    CONTINUING,
    /** A phrase holding a cue word that names no one ("تحفظ على ذكر اسمه"): no cue. */
    NONE;

    static CueKind parse(String word) {
        return valueOf(word.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    boolean isVerb() {
        return this == SPEECH || this == SPEECH_SVO || this == ACCUSING || isStance() || this == RELAY;
    }

    /** A verb of taking a stand, denying or claiming: its speaker states no figure of its own clause. */
    boolean isStance() {
        return this == STANCE || this == DENIAL;
    }
}
