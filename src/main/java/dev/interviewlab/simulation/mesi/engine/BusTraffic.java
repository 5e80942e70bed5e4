package dev.interviewlab.simulation.mesi.engine;

import java.util.List;

/**
 * What a run put on the bus and asked of memory.
 *
 * @param memoryReads   lines memory supplied
 * @param cacheToCache  lines a Modified owner supplied by Flush
 * @param writeBacks    times memory received a line (Flush, or eviction of a Modified line)
 */
public record BusTraffic(int busRd, int busRdX, int busUpgr, int flush, int memoryReads, int cacheToCache,
                         int writeBacks, int hits, int misses) {

    /** Requests that used the bus: every BusRd, BusRdX and BusUpgr. */
    public int transactions() {
        return busRd + busRdX + busUpgr;
    }

    public static BusTraffic of(List<MesiStep> steps) {
        int rd = 0, rdx = 0, upgr = 0, flush = 0, memoryReads = 0, cacheToCache = 0, writeBacks = 0, hits = 0, misses = 0;
        for (MesiStep step : steps) {
            if (step.bus() == BusMessage.BUS_RD) {
                rd++;
            } else if (step.bus() == BusMessage.BUS_RDX) {
                rdx++;
            } else if (step.bus() == BusMessage.BUS_UPGR) {
                upgr++;
            }
            if (step.flushed()) {
                flush++;
            }
            if (step.suppliedBy() == MesiStep.MEMORY) {
                memoryReads++;
            } else if (step.suppliedBy() >= 0) {
                cacheToCache++;
            }
            if (step.writeBack()) {
                writeBacks++;
            }
            if (step.rule() != null && step.operation().kind() != Operation.Kind.EVICT) {
                if (step.hit()) {
                    hits++;
                } else {
                    misses++;
                }
            }
        }
        return new BusTraffic(rd, rdx, upgr, flush, memoryReads, cacheToCache, writeBacks, hits, misses);
    }
}
