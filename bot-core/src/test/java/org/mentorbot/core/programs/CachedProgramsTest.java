package org.mentorbot.core.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.memory.InMemoryProgramStore;

class CachedProgramsTest {

    private final CountingStore shared = new CountingStore(new InMemoryProgramStore());

    @Test
    void readsTheDefinitionsOnceWhileNoProgramChanges() {
        CachedPrograms node = new CachedPrograms(shared);
        shared.save(Program.named(new ProgramSlug("eng"), "Engineering"));

        for (int i = 0; i < 100; i++) {
            assertThat(node.all()).hasSize(1);
            assertThat(node.find(new ProgramSlug("eng"))).isPresent();
        }

        assertThat(shared.fullReads).isEqualTo(1);
    }

    @Test
    void seesAProgramSavedThroughAnotherNode() {
        CachedPrograms nodeA = new CachedPrograms(shared);
        CachedPrograms nodeB = new CachedPrograms(shared);
        assertThat(nodeB.all()).isEmpty();

        nodeA.save(Program.named(new ProgramSlug("leaders"), "New managers"));

        assertThat(nodeB.find(new ProgramSlug("leaders"))).get().extracting(Program::name).isEqualTo("New managers");
        nodeA.save(Program.named(new ProgramSlug("leaders"), "New managers' circle"));
        assertThat(nodeB.all()).extracting(Program::name).containsExactly("New managers' circle");
    }

    /** A shared store that counts how often the whole list is read. */
    private static final class CountingStore implements ProgramStore {
        private final ProgramStore store;
        private int fullReads;

        CountingStore(ProgramStore store) {
            this.store = store;
        }

        @Override
        public List<Program> all() {
            fullReads++;
            return store.all();
        }

        @Override
        public Optional<Program> find(ProgramSlug slug) {
            return store.find(slug);
        }

        @Override
        public void save(Program program) {
            store.save(program);
        }

        @Override
        public long version() {
            return store.version();
        }
    }
}
