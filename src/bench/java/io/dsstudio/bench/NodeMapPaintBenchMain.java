package io.dsstudio.bench;

/** Entry point of {@link NodeMapPaintBench}: prints one line of figures. */
public final class NodeMapPaintBenchMain {
    private NodeMapPaintBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int tiles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String line = NodeMapPaintBench.run(tiles, 200);
        System.out.println(line);
    }
}
