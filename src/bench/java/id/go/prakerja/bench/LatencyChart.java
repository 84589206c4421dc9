package id.go.prakerja.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The command steps' latency second by second as an SVG line chart: the table gives each step's percentiles, the chart
 * shows whether a step's p99 is steady or a few spikes.
 */
final class LatencyChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;

    /** Per step, "rate,p50,p99;" for each of its seconds, p50 and p99 in milliseconds. */
    private final List<String> steps = new ArrayList<>();

    void add(String step) {
        steps.add(step);
    }

    String svg() {
        var points = new ArrayList<double[]>();
        for (var step : steps) {
            for (var point : step.split(";")) {
                if (!point.isBlank()) {
                    var parts = point.split(",");
                    points.add(new double[] {
                        Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
                    });
                }
            }
        }
        double max = Math.max(1, points.stream().mapToDouble(p -> p[2]).max().orElse(1));
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='" + WIDTH + "' height='"
                + (HEIGHT + 60) + "' font-family='sans-serif' font-size='12'>");
        svg.append(
                "<text x='10' y='15'>Command latency per second (ms): p50 blue, p99 red; offered rate under the axis</text>");
        for (int series = 1; series <= 2; series++) {
            var path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double y = 30 + HEIGHT - 30 - points.get(i)[series] / max * (HEIGHT - 30);
                path.append(i == 0 ? "M" : "L").append(String.format("%.1f %.1f ", x(i, points.size()), y));
            }
            svg.append("<path fill='none' stroke='")
                    .append(series == 1 ? "blue" : "red")
                    .append("' d='")
                    .append(path)
                    .append("'/>");
        }
        svg.append("<text x='5' y='35'>").append(String.format("%.0f", max)).append("</text>");
        for (int i = 0; i < points.size(); i += Math.max(1, (int) Settings.STEP.toSeconds())) {
            svg.append("<text x='")
                    .append(String.format("%.0f", x(i, points.size())))
                    .append("' y='")
                    .append(HEIGHT + 20)
                    .append("'>")
                    .append((int) points.get(i)[0])
                    .append("/s</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Where the {@code i}th of {@code count} seconds stands on the time axis. */
    private static double x(int i, int count) {
        return 40 + i * (WIDTH - 60.0) / Math.max(1, count - 1);
    }
}
