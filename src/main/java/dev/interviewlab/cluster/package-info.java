/**
 * Several instances on one PostgreSQL database (docs/cluster.md). A committed change to topics,
 * categories or quiz items is announced with {@code NOTIFY} ({@link ContentChangeNotifier}); every
 * instance {@code LISTEN}s on one connection of its own ({@link ContentChangeListener}) and replays
 * others' changes as the local events its caches and search indexes already listen to. A version counter
 * lets an instance that lost that connection learn by polling that it missed changes. Beans exist only on
 * the {@code postgres} profile; on H2 (one instance) the local events are all there is.
 */
package dev.interviewlab.cluster;
