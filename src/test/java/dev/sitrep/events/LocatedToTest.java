package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocatedToTest {

    @Test
    void ucdpsWherePrecisionSaysPlaceDistrictGovernorateOrCountry() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(code -> LocatedTo.of("ucdp-ged", code)))
                .containsExactly(LocatedTo.PLACE, LocatedTo.PLACE, LocatedTo.DISTRICT, LocatedTo.GOVERNORATE,
                        LocatedTo.COUNTRY, LocatedTo.COUNTRY, LocatedTo.COUNTRY);
    }

    @Test
    void acledsGeoPrecisionThreeIsTheProvinceAndTheSameCodeMeansOtherThingsInUcdp() {
        assertThat(LocatedTo.of("acled", 1)).isEqualTo(LocatedTo.PLACE);
        assertThat(LocatedTo.of("acled", 2)).isEqualTo(LocatedTo.PLACE);
        assertThat(LocatedTo.of("acled", 3)).isEqualTo(LocatedTo.GOVERNORATE);
        assertThat(LocatedTo.of("ucdp-ged", 3)).isEqualTo(LocatedTo.DISTRICT);
    }

    @Test
    void anEventLoggedHereOrWithoutACodeIsNotSaidToBeImprecise() {
        assertThat(LocatedTo.of("sitrep-jsonl", null)).isNull();
        assertThat(LocatedTo.of("ucdp-ged", null)).isNull();
        assertThat(LocatedTo.of("sitrep-csv", 4)).isNull();
        assertThat(LocatedTo.GOVERNORATE.label()).isEqualTo("governorate");
    }
}
