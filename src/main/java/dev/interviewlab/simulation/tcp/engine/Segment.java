package dev.interviewlab.simulation.tcp.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One segment on the wire, numbered in the order segments are sent (1, 2, …); the numbers are
 * what the run's list of lost segments refers to.
 *
 * @param ack              the acknowledgement number; meaningful only with the ACK flag
 * @param length           bytes of data (SYN and FIN occupy a sequence number but no data)
 * @param retransmissionOf the number of the segment this one repeats after a retransmission timeout, or 0
 * @param probe            a keepalive probe (RFC 9293 §3.8.4: SEQ = SND.NXT - 1, no data)
 */
public record Segment(int number, Side from, Set<SegmentFlag> flags, long seq, long ack, int length,
                      int retransmissionOf, boolean probe, long sentAt, long arrivesAt, LossCause loss) {

    public Segment {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public boolean has(SegmentFlag flag) {
        return flags.contains(flag);
    }

    public boolean lost() {
        return loss != LossCause.NONE;
    }

    public Side to() {
        return from.peer();
    }

    /** Sequence space the segment occupies: its data plus one for SYN and one for FIN. */
    public long sequenceLength() {
        return length + (has(SegmentFlag.SYN) ? 1 : 0) + (has(SegmentFlag.FIN) ? 1 : 0);
    }

    /** Flags in a fixed order, joined by '+': {@code SYN+ACK}. */
    public String flagText() {
        return flags.stream().sorted().map(Enum::name).collect(Collectors.joining("+"));
    }

    /** A compact label, as a packet capture shows it: {@code SYN+ACK seq=300 ack=101}. */
    public String label() {
        StringBuilder text = new StringBuilder(flagText()).append(" seq=").append(seq);
        if (has(SegmentFlag.ACK)) {
            text.append(" ack=").append(ack);
        }
        if (length > 0) {
            text.append(" len=").append(length);
        }
        return text.toString();
    }
}
