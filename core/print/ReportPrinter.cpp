#include "ReportPrinter.h"

#include "OutputFile.h"
#include "PrintedCells.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

/// Where painting has got to: the page, the height used on it, and the scale of points.
struct ReportPrinter::Layout
{
    QPagedPaintDevice *device = nullptr;
    qreal k = 1; ///< device pixels per point
    QRectF body; ///< the paintable area, in device pixels
    qreal y = 0; ///< the next free line, in device pixels from the top of the body
    int page = 1;

    qreal pt(qreal points) const { return points * k; }
    qreal left() const { return body.height() - y; }
};

namespace {

constexpr qreal headingPoints = 13;
constexpr qreal tablePoints = 11;
constexpr qreal cellPaddingPoints = 2.5;

} // namespace

ReportPrinter::ReportPrinter(const ReportDocument &report, const DocumentStyle &style)
    : m_report(report)
    , m_style(style)
    , m_orientation(report.orientation)
{
    if (!m_style.date.isValid())
        m_style.date = report.date.isValid() ? report.date : QDate::currentDate();
}

QFont ReportPrinter::font(qreal points, bool bold, bool italic) const
{
    // Times New Roman as the rules ask; Liberation Serif has the same metrics and every
    // Vietnamese letter where Times is not installed.
    QFont result(u"Times New Roman"_s);
    result.setFamilies({u"Times New Roman"_s, u"Liberation Serif"_s, u"DejaVu Serif"_s});
    result.setPointSizeF(points);
    result.setBold(bold);
    result.setItalic(italic);
    return result;
}

void ReportPrinter::setUpPage(QPagedPaintDevice *device) const
{
    const QPageLayout layout(QPageSize(QPageSize::A4),
                             m_orientation == ReportDocument::Orientation::Landscape
                                 ? QPageLayout::Landscape
                                 : QPageLayout::Portrait,
                             m_style.marginsMm, QPageLayout::Millimeter);
    device->setPageLayout(layout);
}

void ReportPrinter::newPage(QPainter &painter, Layout &layout)
{
    layout.device->newPage();
    ++layout.page;
    layout.y = 0;
    // Page numbers from page 2, centred at the top.
    painter.setFont(font(headingPoints));
    const QRectF numberRect(0, 0, layout.body.width(), layout.pt(headingPoints * 1.6));
    painter.drawText(numberRect, Qt::AlignHCenter | Qt::AlignTop, QString::number(layout.page));
    layout.y = numberRect.height();
}

void ReportPrinter::paintHeading(QPainter &painter, Layout &layout)
{
    const qreal leftWidth = layout.body.width() * 0.42;
    const qreal rightWidth = layout.body.width() * 0.55;
    const qreal rightX = layout.body.width() - rightWidth;

    struct Line
    {
        QString text;
        QFont font;
    };
    QList<Line> left;
    for (const DocumentStyle::Line &line : m_style.bodyLines())
        left.append({line.text, font(headingPoints, line.bold)});

    qreal leftY = layout.y;
    for (const Line &line : std::as_const(left)) {
        painter.setFont(line.font);
        const QRectF area(0, leftY, leftWidth, layout.body.height());
        const QRectF used =
            painter.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, line.text);
        painter.drawText(area, Qt::AlignHCenter | Qt::TextWordWrap, line.text);
        leftY += used.height();
    }

    // "ĐẢNG CỘNG SẢN VIỆT NAM", a rule under it, then the place and the date in italics.
    qreal rightY = layout.y;
    const QString party = DocumentStyle::partyName();
    painter.setFont(font(headingPoints + 1, true));
    const QRectF partyArea(rightX, rightY, rightWidth, layout.body.height());
    const QRectF partyUsed = painter.boundingRect(partyArea, Qt::AlignHCenter, party);
    painter.drawText(partyArea, Qt::AlignHCenter, party);
    rightY += partyUsed.height() + layout.pt(1);
    painter.save();
    painter.setPen(QPen(Qt::black, layout.pt(0.75)));
    painter.drawLine(QPointF(partyUsed.left(), rightY), QPointF(partyUsed.right(), rightY));
    painter.restore();
    rightY += layout.pt(6);
    painter.setFont(font(headingPoints, false, true));
    const QRectF dateArea(rightX, rightY, rightWidth, layout.body.height());
    const QRectF dateUsed =
        painter.boundingRect(dateArea, Qt::AlignHCenter | Qt::TextWordWrap, m_style.placeAndDate());
    painter.drawText(dateArea, Qt::AlignHCenter | Qt::TextWordWrap, m_style.placeAndDate());
    rightY += dateUsed.height();

    layout.y = std::max(leftY, rightY) + layout.pt(headingPoints);
}

void ReportPrinter::paintTitle(QPainter &painter, Layout &layout)
{
    const QRectF area(0, layout.y, layout.body.width(), layout.body.height());
    painter.setFont(font(headingPoints + 1, true));
    const QString title = DocumentStyle::capitals(m_report.title);
    const QRectF used = painter.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, title);
    painter.drawText(area, Qt::AlignHCenter | Qt::TextWordWrap, title);
    layout.y += used.height();
    if (!m_report.subtitle.isEmpty()) {
        painter.setFont(font(headingPoints, false, true));
        const QRectF subArea(0, layout.y, layout.body.width(), layout.body.height());
        const QRectF subUsed =
            painter.boundingRect(subArea, Qt::AlignHCenter | Qt::TextWordWrap, m_report.subtitle);
        painter.drawText(subArea, Qt::AlignHCenter | Qt::TextWordWrap, m_report.subtitle);
        layout.y += subUsed.height();
    }
    layout.y += layout.pt(headingPoints * 0.8);
}

void ReportPrinter::paintPart(QPainter &painter, Layout &layout, const ReportPart &part)
{
    const QList<int> columns = PrintedCells::columns(part);
    if (columns.isEmpty())
        return;
    const QFont bodyFont = font(tablePoints);
    const QFont boldFont = font(tablePoints, true);
    const qreal padding = layout.pt(cellPaddingPoints);
    const QFontMetricsF bodyMetrics(bodyFont, layout.device);
    const QFontMetricsF boldMetrics(boldFont, layout.device);
    const QList<qreal> widths = PrintedCells::columnWidths(
        part, columns,
        [&](const QString &text, bool bold) {
            return (bold ? boldMetrics : bodyMetrics).horizontalAdvance(text);
        },
        layout.body.width(), 2 * padding);
    const auto textHeight = [&](const QFontMetricsF &metrics, qreal width, const QString &text) {
        if (text.isEmpty())
            return metrics.height();
        return metrics
            .boundingRect(QRectF(0, 0, std::max<qreal>(width - 2 * padding, 1), 1e9),
                          Qt::TextWordWrap, text)
            .height();
    };

    // The header row, painted at the top of the table on every page.
    qreal headerHeight = 0;
    for (int i = 0; i < columns.size(); ++i) {
        headerHeight =
            std::max(headerHeight,
                     textHeight(boldMetrics, widths.at(i), part.columns.at(columns.at(i)).header));
    }
    headerHeight += 2 * padding;
    const QPen border(Qt::black, layout.pt(0.5));
    const auto paintHeader = [&] {
        qreal x = 0;
        painter.setFont(boldFont);
        painter.setPen(border);
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF cell(x, layout.y, widths.at(i), headerHeight);
            painter.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding),
                             Qt::AlignCenter | Qt::TextWordWrap,
                             part.columns.at(columns.at(i)).header);
            x += widths.at(i);
        }
        layout.y += headerHeight;
    };

    if (!part.title.isEmpty()) {
        painter.setFont(font(headingPoints, true));
        const QRectF area(0, layout.y, layout.body.width(), layout.body.height());
        const qreal height =
            painter.boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, part.title).height();
        if (layout.left() < height + headerHeight * 2)
            newPage(painter, layout);
        painter.setFont(font(headingPoints, true));
        painter.drawText(QRectF(0, layout.y, layout.body.width(), height),
                         Qt::AlignLeft | Qt::TextWordWrap, part.title);
        layout.y += height + layout.pt(3);
    } else if (layout.left() < headerHeight * 2) {
        newPage(painter, layout);
    }
    paintHeader();

    const auto paintGroup = [&](const QString &text, qreal height) {
        const QRectF cell(0, layout.y, layout.body.width(), height);
        painter.setFont(boldFont);
        painter.setPen(border);
        painter.drawRect(cell);
        painter.drawText(cell.adjusted(padding, padding, -padding, -padding),
                         Qt::AlignLeft | Qt::TextWordWrap, text);
        layout.y += height;
    };
    // The heading the rows under it continue; repeated, marked so, on a new page.
    QString openGroup;
    const qreal lineHeight = bodyMetrics.height() + 2 * padding;
    const qreal groupLineHeight = boldMetrics.height() + 2 * padding;
    const QColor overdueFill(0xE6, 0xE6, 0xE6);

    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        if (row.kind == ReportRow::Kind::Group) {
            const qreal height =
                textHeight(boldMetrics, layout.body.width(), row.group) + 2 * padding;
            // A heading is kept with the first row under it.
            if (height + lineHeight > layout.left()) {
                newPage(painter, layout);
                paintHeader();
            }
            paintGroup(row.group, height);
            openGroup = row.group;
            continue;
        }
        const bool total = row.kind == ReportRow::Kind::Total;
        const QFontMetricsF &metrics = total ? boldMetrics : bodyMetrics;
        QStringList texts;
        qreal height = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const ReportColumn &column = part.columns.at(columns.at(i));
            texts.append(PrintedCells::text(row.cells.value(columns.at(i)), column.type));
            height = std::max(height, textHeight(metrics, widths.at(i), texts.last()));
        }
        height += 2 * padding;
        // A row taller than a page is cut at the page's foot rather than run past it.
        const qreal tallest = layout.body.height() - headerHeight - groupLineHeight;
        const bool cut = height > tallest;
        height = std::min(height, tallest);
        if (height > layout.left()) {
            newPage(painter, layout);
            paintHeader();
            if (!openGroup.isEmpty())
                paintGroup(tr("%1 (continued)").arg(openGroup), groupLineHeight);
        }
        painter.setFont(total ? boldFont : bodyFont);
        painter.setPen(border);
        qreal x = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF cell(x, layout.y, widths.at(i), height);
            // Overdue rows are shaded, a tint that survives black-and-white printing.
            if (row.emphasised)
                painter.fillRect(cell, overdueFill);
            painter.drawRect(cell);
            if (cut)
                painter.setClipRect(cell);
            painter.drawText(cell.adjusted(padding, padding, -padding, -padding),
                             PrintedCells::alignment(part.columns.at(columns.at(i)).type)
                                 | Qt::TextWordWrap,
                             texts.at(i));
            if (cut)
                painter.setClipping(false);
            x += widths.at(i);
        }
        layout.y += height;
    }
    layout.y += layout.pt(headingPoints);
}

void ReportPrinter::paintSignature(QPainter &painter, Layout &layout)
{
    const qreal half = layout.body.width() / 2;
    // Recipients on the left in a smaller font; the signature block on the right.
    QList<std::pair<QString, QFont>> left{
        {DocumentStyle::recipientsHeading(), font(12, true, true)}};
    for (const QString &recipient : m_style.recipients)
        left.append({recipient, font(11)});
    QList<std::pair<QString, QFont>> right;
    for (const DocumentStyle::Line &line : m_style.signatureLines())
        right.append({line.text, font(headingPoints, line.bold)});

    const auto heightOf = [&](const QList<std::pair<QString, QFont>> &lines) {
        qreal total = 0;
        for (const auto &[text, lineFont] : lines) {
            const QFontMetricsF metrics(lineFont, layout.device);
            total += metrics
                         .boundingRect(QRectF(0, 0, half, 1e9), Qt::TextWordWrap,
                                       text.isEmpty() ? u" "_s : text)
                         .height();
        }
        return total;
    };
    if (std::max(heightOf(left), heightOf(right)) > layout.left())
        newPage(painter, layout);

    qreal y = layout.y;
    for (const auto &[text, lineFont] : std::as_const(left)) {
        painter.setFont(lineFont);
        const QRectF area(0, y, half, layout.body.height());
        const QRectF used = painter.boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap,
                                                 text.isEmpty() ? u" "_s : text);
        painter.drawText(area, Qt::AlignLeft | Qt::TextWordWrap, text);
        y += used.height();
    }
    y = layout.y;
    for (const auto &[text, lineFont] : std::as_const(right)) {
        painter.setFont(lineFont);
        const QRectF area(half, y, half, layout.body.height());
        const QRectF used = painter.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap,
                                                 text.isEmpty() ? u" "_s : text);
        painter.drawText(area, Qt::AlignHCenter | Qt::TextWordWrap, text);
        y += used.height();
    }
}

int ReportPrinter::paint(QPagedPaintDevice *device)
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    Layout layout;
    layout.device = device;
    const int dpi = device->logicalDpiY();
    layout.k = dpi / 72.0;
    layout.body = QRectF(QPointF(0, 0), device->pageLayout().paintRectPixels(dpi).size());
    painter.setPen(Qt::black);

    paintHeading(painter, layout);
    paintTitle(painter, layout);
    for (const ReportPart &part : std::as_const(m_report.parts))
        paintPart(painter, layout, part);
    paintSignature(painter, layout);
    painter.end();
    return layout.page;
}

Result<int> ReportPrinter::writePdf(const QString &path)
{
    // Whole or not at all: the file replaces the target only once every byte is written,
    // and every write is checked, which QPdfWriter itself does not do.
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return Failure{opened.error()};
    int pages = 0;
    {
        QPdfWriter writer(file.device());
        writer.setResolution(300);
        writer.setCreator(u"danvan"_s);
        writer.setTitle(QString(m_report.title).replace(u'\n', u' '));
        setUpPage(&writer);
        pages = paint(&writer);
    }
    if (file.hasFailed())
        return file.writeFailure();
    if (pages <= 0) {
        return Failure{tr("“%1” could not be written: the document could not be drawn (no "
                          "page could be started).")
                           .arg(file.name())};
    }
    if (auto committed = file.commit(); !committed)
        return Failure{committed.error()};
    return pages;
}
