#include "ReportPrinter.h"

#include "Dates.h"
#include "Money.h"
#include "OutputFile.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QStringTokenizer>

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

QString cellText(const QVariant &value, ReportColumn::Type type)
{
    switch (type) {
    case ReportColumn::Type::Date:
        return Dates::text(value.toDate());
    case ReportColumn::Type::Money:
        return value.isNull() || !value.isValid() ? QString() : Money::format(value.toLongLong());
    case ReportColumn::Type::Integer:
        return value.isNull() || !value.isValid() || value.toLongLong() < 0
            ? QString()
            : QString::number(value.toLongLong());
    case ReportColumn::Type::Text:
    case ReportColumn::Type::Code:
        break;
    }
    return value.toString();
}

Qt::Alignment cellAlignment(ReportColumn::Type type)
{
    switch (type) {
    case ReportColumn::Type::Integer:
    case ReportColumn::Type::Money:
        return Qt::AlignRight | Qt::AlignTop;
    case ReportColumn::Type::Date:
    case ReportColumn::Type::Code:
        return Qt::AlignHCenter | Qt::AlignTop;
    case ReportColumn::Type::Text:
        break;
    }
    return Qt::AlignLeft | Qt::AlignTop;
}

/// The widest word of `text`: what a cell cannot wrap.
qreal widestWord(const QFontMetricsF &metrics, const QString &text)
{
    qreal widest = 0;
    for (const auto word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word.toString()));
    return widest;
}

} // namespace

/// The widths of the printed columns, from what their cells hold. Each column first gets
/// its widest word (a date, a code) and its header in at most two lines; the room left
/// goes first to the cells that would wrap (nine in ten of each column's filled cells on
/// one line), then to the longest cells, then to headers that would wrap; what is still
/// left is shared in proportion to the report's widths.
QList<qreal> ReportPrinter::columnWidths(const ReportPart &part, const QList<int> &columns,
                                         const QFontMetricsF &body, const QFontMetricsF &bold,
                                         qreal available, qreal padding)
{
    const qsizetype n = columns.size();
    QList<qreal> minimum(n, 0);
    QList<qreal> cells(n, 0);
    QList<qreal> headers(n, 0);
    QList<qreal> longest(n, 0);
    QList<QList<qreal>> lengths(n);
    qreal weights = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const ReportColumn &column = part.columns.at(columns.at(i));
        headers[i] = bold.horizontalAdvance(column.header);
        minimum[i] = std::max(widestWord(bold, column.header), headers[i] / 2);
        weights += column.width;
    }
    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        if (row.kind == ReportRow::Kind::Group)
            continue;
        const QFontMetricsF &metrics = row.kind == ReportRow::Kind::Total ? bold : body;
        for (qsizetype i = 0; i < n; ++i) {
            const QString text =
                cellText(row.cells.value(columns.at(i)), part.columns.at(columns.at(i)).type);
            if (text.isEmpty())
                continue;
            const qreal whole = metrics.horizontalAdvance(text);
            lengths[i].append(whole);
            if (whole > minimum[i])
                minimum[i] = std::max(minimum[i], widestWord(metrics, text));
        }
    }
    // What most cells need, not the longest one: a rare long text wraps, and does not take
    // the page from the other columns.
    for (qsizetype i = 0; i < n; ++i) {
        QList<qreal> &column = lengths[i];
        if (column.isEmpty())
            continue;
        longest[i] = *std::max_element(column.cbegin(), column.cend());
        const auto at = column.begin() + (column.size() - 1) * 9 / 10;
        std::nth_element(column.begin(), at, column.end());
        cells[i] = *at;
    }
    QList<qreal> widths(n, 0);
    qreal least = 0;
    for (qsizetype i = 0; i < n; ++i) {
        widths[i] = std::min(minimum[i] + padding + 1, available / 3);
        cells[i] = std::min(cells[i] + padding + 1, available / 2);
        longest[i] = std::max(cells[i], std::min(longest[i] + padding + 1, available / 2));
        headers[i] = std::max(longest[i], std::min(headers[i] + padding + 1, available / 2));
        least += widths[i];
    }
    if (least >= available) {
        // Too many columns for the page: everything shrinks alike (landscape helps).
        for (qreal &width : widths)
            width *= available / least;
        return widths;
    }
    // The room is shared fairly: the columns that lack least are served in full first, so
    // that one long text does not make every other column wrap.
    qreal room = available - least;
    for (const QList<qreal> *wanted : {&cells, &longest, &headers}) {
        QList<qsizetype> lacking;
        for (qsizetype i = 0; i < n; ++i) {
            if (wanted->at(i) > widths.at(i))
                lacking.append(i);
        }
        std::sort(lacking.begin(), lacking.end(), [&](qsizetype a, qsizetype b) {
            return wanted->at(a) - widths.at(a) < wanted->at(b) - widths.at(b);
        });
        for (qsizetype k = 0; k < lacking.size() && room > 0; ++k) {
            const qsizetype i = lacking.at(k);
            const qreal given =
                std::min(wanted->at(i) - widths.at(i), room / qreal(lacking.size() - k));
            widths[i] += given;
            room -= given;
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        widths[i] += std::max<qreal>(0, room) * part.columns.at(columns.at(i)).width / weights;
    return widths;
}

ReportPrinter::ReportPrinter(const Report &report, const DocumentStyle &style)
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
                             m_orientation == Report::Orientation::Landscape
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
    const QLocale vietnamese(QLocale::Vietnamese);
    QList<Line> left;
    if (!m_style.superiorBody.isEmpty())
        left.append({vietnamese.toUpper(m_style.superiorBody), font(headingPoints)});
    if (!m_style.issuingBody.isEmpty())
        left.append({vietnamese.toUpper(m_style.issuingBody), font(headingPoints, true)});
    left.append({u"*"_s, font(headingPoints)});
    left.append({m_style.numberLine(), font(headingPoints)});

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
    const QString party = u"ĐẢNG CỘNG SẢN VIỆT NAM"_s;
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
    const QString title = QLocale(QLocale::Vietnamese).toUpper(m_report.title);
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
    QList<int> columns;
    for (int c = 0; c < part.columns.size(); ++c) {
        if (part.columns.at(c).printed)
            columns.append(c);
    }
    if (columns.isEmpty())
        return;
    const QFont bodyFont = font(tablePoints);
    const QFont boldFont = font(tablePoints, true);
    const qreal padding = layout.pt(cellPaddingPoints);
    const QFontMetricsF bodyMetrics(bodyFont, layout.device);
    const QFontMetricsF boldMetrics(boldFont, layout.device);
    const QList<qreal> widths =
        columnWidths(part, columns, bodyMetrics, boldMetrics, layout.body.width(), 2 * padding);
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
            texts.append(cellText(row.cells.value(columns.at(i)), column.type));
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
                             cellAlignment(part.columns.at(columns.at(i)).type) | Qt::TextWordWrap,
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
    QList<std::pair<QString, QFont>> left{{u"Nơi nhận:"_s, font(12, true, true)}};
    for (const QString &recipient : m_style.recipients)
        left.append({recipient, font(11)});
    QList<std::pair<QString, QFont>> right;
    const QLocale vietnamese(QLocale::Vietnamese);
    if (!m_style.signerCapacity.isEmpty())
        right.append({vietnamese.toUpper(m_style.signerCapacity), font(headingPoints, true)});
    if (!m_style.signerTitle.isEmpty())
        right.append({vietnamese.toUpper(m_style.signerTitle), font(headingPoints, true)});
    right.append({QString(), font(headingPoints)});
    right.append({QString(), font(headingPoints)});
    right.append({QString(), font(headingPoints)});
    right.append({m_style.signerName, font(headingPoints, true)});

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
