package org.doudi.rules.spark;

import org.apache.spark.Partitioner;

/**
 * Sends the facts of a case to the partition the case itself is in, so that the caseload is never shuffled: a case's
 * identity ({@link #index}) holds its partition in its top bits and its position in the partition below.
 */
final class CasePartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    /** Bits of the position within a partition: 2^40 cases per partition, 2^23 partitions. */
    private static final int POSITION_BITS = 40;

    private final int partitions;

    /**
     * @param partitions  the caseload's number of partitions, at least 1
     */
    CasePartitioner(int partitions) {
        this.partitions = partitions;
    }

    /**
     * @param partition  the case's partition in the caseload
     * @param position   its position in the partition, from 0
     * @return the case's identity, ordered as the caseload is
     */
    static long index(int partition, long position) {
        return (long) partition << POSITION_BITS | position;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return (int) ((Long) key >>> POSITION_BITS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CasePartitioner other && other.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
