package dev.interviewlab.simulation.cache.engine;

/**
 * A Bloom filter of m bits and k hash functions over integer keys. Indexes come from double
 * hashing (Kirsch and Mitzenmacher, "Less hashing, same performance", 2006): g_i = h1 + i * h2.
 * Sizing follows the notes: m = -n ln p / (ln 2)^2 and k = (m / n) ln 2, rounded.
 */
public final class BloomFilter {

    private final long[] words;
    private final long bits;
    private final int hashes;
    private final long salt;
    private int inserted;

    BloomFilter(long bits, int hashes, long salt) {
        if (bits < 1 || hashes < 1) {
            throw new IllegalArgumentException("a Bloom filter needs at least one bit and one hash");
        }
        this.bits = bits;
        this.hashes = hashes;
        this.salt = salt;
        this.words = new long[(int) ((bits + 63) >>> 6)];
    }

    /** A filter for {@code expectedKeys} keys at the target false-positive rate. */
    public static BloomFilter sizedFor(int expectedKeys, double falsePositiveRate, long salt) {
        int n = Math.max(1, expectedKeys);
        double ln2 = Math.log(2);
        long m = Math.max(8, (long) Math.ceil(-n * Math.log(falsePositiveRate) / (ln2 * ln2)));
        int k = Math.max(1, (int) Math.round((double) m / n * ln2));
        return new BloomFilter(m, k, salt);
    }

    public void add(int key) {
        long hash = SplitMix64.mix(key ^ salt);
        long h1 = hash & 0xFFFFFFFFL;
        long h2 = (hash >>> 32) | 1;
        for (int i = 0; i < hashes; i++) {
            long bit = Math.floorMod(h1 + i * h2, bits);
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
        inserted++;
    }

    /** False means certainly never added; true means probably added. */
    public boolean mightContain(int key) {
        long hash = SplitMix64.mix(key ^ salt);
        long h1 = hash & 0xFFFFFFFFL;
        long h2 = (hash >>> 32) | 1;
        for (int i = 0; i < hashes; i++) {
            long bit = Math.floorMod(h1 + i * h2, bits);
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    public long bits() {
        return bits;
    }

    public int hashes() {
        return hashes;
    }

    /** How many add calls were made (n in the formula). */
    public int inserted() {
        return inserted;
    }

    /** (1 - e^(-kn/m))^k for the keys added so far. */
    public double theoreticalFalsePositiveRate() {
        return Math.pow(1 - Math.exp(-(double) hashes * inserted / bits), hashes);
    }
}
