package org.mentorbot.app.reports;

import java.awt.Color;
import java.awt.RenderingHints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mentorbot.core.reports.Chart;
import org.mentorbot.core.reports.ChartRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a report's {@link Chart} as a bar chart with JFreeChart, headless. Flat colours and no
 * anti-aliasing keep a chart to a few kilobytes, so that several fit in one Teams card. Only the
 * {@code report} command draws; nothing else loads the chart library.
 */
public final class JFreeChartRenderer implements ChartRenderer {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 260;

    private static final Logger log = LoggerFactory.getLogger(JFreeChartRenderer.class);
    private static final Color BAR = new Color(0x2F6FB3);

    @Override
    public Optional<byte[]> png(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        chart.bars().forEach(bar -> data.addValue(bar.value(), chart.valueAxis(), bar.label()));
        JFreeChart drawn = ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), data,
                PlotOrientation.VERTICAL, false, false, false);
        drawn.setAntiAlias(false);
        drawn.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        drawn.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryMargin(0.05);
        plot.getDomainAxis().setLowerMargin(0.01);
        plot.getDomainAxis().setUpperMargin(0.01);
        plot.getDomainAxis().setTickLabelFont(plot.getDomainAxis().getTickLabelFont().deriveFont(10f));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.12);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, drawn, WIDTH, HEIGHT);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException cannotDraw) {
            log.warn("could not draw the chart '{}': {}", chart.title(), cannotDraw.toString());
            return Optional.empty();
        }
    }
}
