/**
 * The pane loads parts of itself on first use (React.lazy chunks): under a loaded CI machine they can take
 * longer than Testing Library's one-second default to appear. Wait up to ten.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10_000 });
