package org.hasila.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceTreeTest {

    private final PlaceTree tree = new PlaceTree(Map.of("fac:prison", "loc:town", "loc:town", "loc:province",
            "loc:province", "loc:country", "loc:a", "loc:b", "loc:b", "loc:a"));

    @Test
    void aPlaceLiesInEveryRegionAboveItButNotInItselfNorBelow() {
        assertThat(tree.lies("fac:prison", "loc:town")).isTrue();
        assertThat(tree.lies("fac:prison", "loc:country")).isTrue();
        assertThat(tree.lies("loc:town", "loc:town")).isFalse();
        assertThat(tree.lies("loc:province", "loc:town")).isFalse();
        assertThat(tree.parentOf("loc:town")).isEqualTo("loc:province");
        assertThat(tree.parentOf(null)).isNull();
    }

    @Test
    void aCycleInTheGazetteerEndsTheWalk() {
        assertThat(tree.lies("loc:a", "loc:elsewhere")).isFalse();
    }

    @Test
    void onlyAKnownPlaceWithNoParentIsTopLevel() {
        assertThat(tree.topLevel("loc:country")).isTrue();
        assertThat(tree.topLevel("loc:town")).isFalse();
        assertThat(tree.topLevel(UnknownPlace.id(false, "قرية"))).isFalse();
    }
}
