package vn.thidua.common.audit;

import java.util.Optional;

/**
 * Who the current call acts for, when a service that records an event does not know it itself
 * (a draft re-rendered inside a task listener). Implemented where the engine is known
 * ({@code workflow.audit}); features below it stay free of engine classes.
 */
public interface ActorResolver {

    /** The person, and whether a job acts on that person's earlier decision. */
    record Actor(String username, boolean viaJob) {
    }

    Optional<Actor> current();
}
