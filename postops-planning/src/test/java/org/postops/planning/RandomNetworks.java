package org.postops.planning;

import java.util.Random;

/** Random acyclic networks: links only run from a lower task number to a higher one. */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /** Up to three predecessors per task, any link type when {@code mixed}, lags 0-30, some held starts. */
    static Network dag(int tasks, long seed, boolean mixed) {
        Random random = new Random(seed);
        Network.Builder builder = Network.builder();
        for (int i = 0; i < tasks; i++) {
            builder.task(i, random.nextInt(101));
            if (random.nextInt(10) == 0) {
                builder.notBefore(i, random.nextInt(300));
            }
            int preds = i == 0 ? 0 : random.nextInt(4);
            for (int p = 0; p < preds; p++) {
                Link link = mixed ? Link.values()[random.nextInt(3)] : Link.FINISH_TO_START;
                builder.dependency(random.nextInt(i), i, link, random.nextInt(31));
            }
        }
        return builder.build();
    }

    /**
     * The benchmark's shape: tasks in layers of about a hundred, each task after two tasks of the layer
     * before, so a network of n tasks has about 2n finish-to-start dependencies and a long critical chain.
     */
    static Network layered(int tasks, long seed) {
        Random random = new Random(seed);
        Network.Builder builder = Network.builder();
        int width = Math.min(100, Math.max(1, tasks / 10));
        for (int i = 0; i < tasks; i++) {
            builder.task(i, 60 + random.nextInt(480));
            int layerStart = i / width * width;
            if (layerStart > 0) {
                for (int p = 0; p < 2; p++) {
                    builder.dependency(layerStart - width + random.nextInt(width), i, Link.FINISH_TO_START,
                            random.nextInt(4) == 0 ? 60 : 0);
                }
            }
        }
        return builder.build();
    }
}
