package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.benchmark.Options.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreAFullRunOfEveryPhase() {
        Options options = Options.parse();

        assertThat(options.phases()).containsExactly(Phase.values());
        assertThat(options.floorThreads()).isEqualTo(16);
        assertThat(options.floorDuration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.catalogConnections()).isEqualTo(32);
        assertThat(options.catalogRate()).isEqualTo(2_000);
        assertThat(options.sustainedRate()).isEqualTo(100);
        assertThat(options.sustainedDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.sustainedTiers()).isEqualTo(50);
        assertThat(options.hotSeats()).isEqualTo(2_000);
        assertThat(options.hotOrders()).isEqualTo(10_000);
        assertThat(options.hotInFlight()).isEqualTo(256);
        assertThat(options.output()).isEqualTo(Path.of("target/benchmark"));
    }

    @Test
    void quickScalesEveryPhaseDownToSeconds() {
        Options options = Options.parse("--quick");

        assertThat(options.sustainedRate()).isEqualTo(5);
        assertThat(options.sustainedDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.hotSeats()).isEqualTo(50);
        assertThat(options.hotOrders()).isEqualTo(200);
        assertThat(options.catalogDuration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.searchRates()).containsExactly(2, 5);
        assertThat(options.attackPurchaseRate()).isEqualTo(5);
        assertThat(options.attackDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenOptionsWinOverQuickWhereverTheyStand() {
        Options before = Options.parse("--sustained-rate=7", "--quick");
        Options after = Options.parse("--quick", "--sustained-rate=7");

        assertThat(before.sustainedRate()).isEqualTo(7);
        assertThat(after.sustainedRate()).isEqualTo(7);
        assertThat(after.sustainedDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void readsEveryKindOfValue() {
        Options options = Options.parse(
                "--phases=hot,floor", "--search-rates=10, 20,40", "--drain=2m", "--wait-timeout=PT5S", "--home=/repo");

        assertThat(options.phases()).containsExactly(Phase.FLOOR, Phase.HOT);
        assertThat(options.searchRates()).isEqualTo(List.of(10, 20, 40));
        assertThat(options.drain()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.waitTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.home()).isEqualTo(Path.of("/repo"));
    }

    @Test
    void refusesUnknownOptionsAndStrayArguments() {
        assertThatThrownBy(() -> Options.parse("--rate=5"))
                .isInstanceOf(Options.Invalid.class)
                .hasMessageContaining("Unknown option --rate");
        assertThatThrownBy(() -> Options.parse("quick")).isInstanceOf(Options.Invalid.class);
        assertThatThrownBy(() -> Options.parse("--hot-seats")).isInstanceOf(Options.Invalid.class);
    }

    @Test
    void refusesValuesOutOfTheirRange() {
        assertThatThrownBy(() -> Options.parse("--hot-seats=0"))
                .hasMessageContaining("--hot-seats=0: must be at least 1");
        assertThatThrownBy(() -> Options.parse("--sustained-rate=many")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Options.parse("--drain=0s")).hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> Options.parse("--search-rates=50,20")).hasMessageContaining("rates must rise");
        assertThatThrownBy(() -> Options.parse("--phases=floor,cooldown"))
                .hasMessageContaining("unknown phase 'cooldown'");
        assertThatThrownBy(() -> Options.parse("--wait-timeout=45s")).hasMessageContaining("at most 30s");
    }

    @Test
    void recognisesHelpAnywhere() {
        assertThat(Options.wantsHelp(new String[] {"--quick", "--help"})).isTrue();
        assertThat(Options.wantsHelp(new String[] {"-h"})).isTrue();
        assertThat(Options.wantsHelp(new String[] {"--quick"})).isFalse();
    }

    @Test
    void usageListsEveryOptionWithItsDefaults() {
        String usage = Options.usage();

        for (Options.Spec spec : Options.SPECS) {
            assertThat(usage).contains("--" + spec.name() + "=").contains("default " + spec.full());
        }
        assertThat(usage).contains("--quick", "--help");
    }

    @Test
    void namesTheCatalogSearchPhaseWithAHyphen() {
        assertThat(Options.parse("--phases=catalog-search,floor").phases())
                .containsExactly(Options.Phase.FLOOR, Options.Phase.CATALOG_SEARCH);
    }

    @Test
    void runsTheLoginAttackAfterTheSearchAndBeforeTheHotOnSale() {
        Options options = Options.parse("--phases=hot,login-attack,search");

        assertThat(options.phases()).containsExactly(Phase.SEARCH, Phase.LOGIN_ATTACK, Phase.HOT);
        assertThat(options.attackPurchaseRate()).isEqualTo(10);
        assertThat(options.attackDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.attackInFlight()).isEqualTo(32);
    }

    @Test
    void reportsItsValuesUnderTheirCommandLineNames() {
        assertThat(Options.parse("--quick").asMap())
                .containsEntry("sustained-rate", 5)
                .containsEntry("sustained-duration", "10s")
                .containsEntry(
                        "phases",
                        List.of(
                                "floor",
                                "warmup",
                                "catalog",
                                "idle",
                                "sustained",
                                "search",
                                "login-attack",
                                "hot",
                                "catalog-search"));
    }
}
