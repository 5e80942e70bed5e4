package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.tcp.engine.AppNotice;
import dev.interviewlab.simulation.tcp.engine.Segment;
import dev.interviewlab.simulation.tcp.engine.SegmentFlag;
import dev.interviewlab.simulation.tcp.engine.Side;
import dev.interviewlab.simulation.tcp.engine.TcpEvent;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpState;

import java.util.List;
import java.util.Locale;

/**
 * {@code {"events": [...], "states": {"client": [...], "server": [...]}}}: every event with its
 * time (ms), the side it happened to (which is the sender of its segment), the segment sent,
 * whether it was lost, and both endpoints' states after it; then each endpoint's states in order,
 * consecutive repeats collapsed, from CLOSED.
 */
record TcpApiResponse(List<Event> events, StatePaths states) {

    /**
     * @param input    what happened, as the transition table names it
     * @param reason   why the application made the call (call events only)
     * @param received the number of the segment that arrived (arrival events only)
     * @param rule     the rule applied; null when no rule accepted the segment (then {@code unhandled} is true)
     * @param notice   what the application was told, if anything
     */
    record Event(int step, long time, String side, String input, String reason, Integer received, String rule,
                 String citation, boolean unhandled, SegmentSent segment, boolean lost, String notice, States states) {
    }

    /** @param ack null without the ACK flag; @param retransmissionOf null unless it repeats an earlier segment */
    record SegmentSent(int number, List<String> flags, long seq, Long ack, int length, Integer retransmissionOf,
                       boolean probe, long arrivesAt) {
    }

    record States(String client, String server) {
    }

    record StatePaths(List<String> client, List<String> server) {
    }

    static TcpApiResponse of(TcpRun run) {
        List<Event> events = run.events().stream().map(TcpApiResponse::event).toList();
        return new TcpApiResponse(events, new StatePaths(names(run.statePath(Side.CLIENT)), names(run.statePath(Side.SERVER))));
    }

    private static Event event(TcpEvent e) {
        Segment sent = e.sent();
        return new Event(e.step(), e.time(), e.side().key(), e.input().name(),
                e.reason() == null ? null : e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                e.received() == null ? null : e.received().number(), e.unhandled() ? null : e.rule().name(),
                e.unhandled() ? null : e.rule().citation(), e.unhandled(), sent == null ? null : segment(sent),
                sent != null && sent.lost(), e.notice() == AppNotice.NONE ? null : e.notice().name(),
                new States(e.client().name(), e.server().name()));
    }

    private static SegmentSent segment(Segment s) {
        return new SegmentSent(s.number(), s.flags().stream().sorted().map(Enum::name).toList(), s.seq(),
                s.has(SegmentFlag.ACK) ? s.ack() : null, s.length(), s.retransmissionOf() > 0 ? s.retransmissionOf() : null,
                s.probe(), s.arrivesAt());
    }

    private static List<String> names(List<TcpState> states) {
        return states.stream().map(Enum::name).toList();
    }
}
