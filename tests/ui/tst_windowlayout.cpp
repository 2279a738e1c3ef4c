#include "ExampleWindow.h"

#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

/// What the window shows at 1366×768, in both languages: no name or title cut short where
/// the clerk reads it (the overview's chart, the unit tree, the campaign box, the unit
/// panel's headings).
class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartShowsWholeDistrictNames_data();
    void chartShowsWholeDistrictNames();
    void textsAreWhole_data();
    void textsAreWhole();

private:
    static void addLanguages();
    static void settle();
    /// Shows the unit panel on a unit (with large fonts it shares a dock with the tree).
    void showPanelOn(const QString &code);

    ExampleWindow m_example;
};

void TestWindowLayout::initTestCase()
{
    ExampleWindow::forgetSettings();
    QVERIFY2(ExampleWindow::screenSize() == QSize(1366, 768),
             "run under CTest, which gives the offscreen platform a 1366×768 screen");
}

void TestWindowLayout::addLanguages()
{
    // init() opens the window in the language the row is named after.
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << u"vi"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestWindowLayout::init()
{
    const QString language = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(m_example.open(language == u"en"_s ? Translations::Language::English
                                               : Translations::Language::Vietnamese,
                           QDate(2020, 6, 22)));
}

void TestWindowLayout::cleanup()
{
    m_example.close();
    ExampleWindow::forgetSettings();
}

void TestWindowLayout::showPanelOn(const QString &code)
{
    QVERIFY(m_example.window()->showUnitByCode(code));
    auto *dock = m_example.find<QDockWidget>(u"unitDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(m_example.find<QLabel>(u"panelTitle"_s)->isVisible());
    settle();
}

void TestWindowLayout::settle()
{
    // Every layout the last change asked for done, as before the screen is next drawn.
    for (int pass = 0; pass < 5; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

void TestWindowLayout::chartShowsWholeDistrictNames_data()
{
    addLanguages();
}

void TestWindowLayout::chartShowsWholeDistrictNames()
{
    QVERIFY(m_example.window()->showPage(u"overview"_s));
    auto *chart = m_example.find<QChartView>(u"progressChart"_s);
    QVERIFY(chart);
    QTRY_VERIFY(chart->isVisible() && chart->chart()->series().size() == 1);
    // Laid out and drawn as the clerk sees it.
    settle();
    chart->grab();
    QStringList labels;
    for (const QGraphicsItem *item : chart->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            text && text->isVisible())
            labels.append(text->toPlainText());
    }
    // Kiên Giang's districts by their whole names (six of the fifteen here), none cut short.
    for (const QString &district :
         {u"Huyện An Biên"_s, u"Huyện Châu Thành"_s, u"Huyện Giồng Riềng"_s,
          u"Huyện U Minh Thượng"_s, u"Thành phố Rạch Giá"_s, u"Thành phố Hà Tiên"_s})
        QVERIFY2(labels.contains(district), qPrintable(labels.join(u" | "_s)));
    for (const QString &label : std::as_const(labels)) {
        QVERIFY2(!label.contains(u"..."_s) && !label.contains(u'…'),
                 qPrintable(u"cut: "_s + label));
    }
}

void TestWindowLayout::textsAreWhole_data()
{
    addLanguages();
}

void TestWindowLayout::textsAreWhole()
{
    // The campaign box shows the campaign's whole name.
    auto *campaign = m_example.find<QComboBox>(u"campaignCombo"_s);
    QVERIFY(campaign && campaign->isVisible());
    QStyleOptionComboBox comboOption;
    comboOption.initFrom(campaign);
    comboOption.editable = campaign->isEditable();
    const QRect comboText = campaign->style()->subControlRect(
        QStyle::CC_ComboBox, &comboOption, QStyle::SC_ComboBoxEditField, campaign);
    QStringList cut;
    if (campaign->fontMetrics().horizontalAdvance(campaign->currentText()) > comboText.width())
        cut.append(u"the campaign box: %1 in %2 pixels"_s.arg(campaign->currentText())
                       .arg(comboText.width()));

    // The tree shows whole names, a commune's too, with the tree open to it.
    showPanelOn(u"30898"_s);
    auto *tree = m_example.find<QTreeView>(u"unitTree"_s);
    auto *unitsDock = m_example.find<QDockWidget>(u"unitsDock"_s);
    unitsDock->show();
    unitsDock->raise();
    QTRY_VERIFY(tree->isVisible());
    const auto checkRows = [&](const auto &self, const QModelIndex &parent) -> void {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            // The name and the code, as drawn, each with the margins the style leaves.
            for (const QModelIndex &shown : {index, index.siblingAtColumn(1)}) {
                const QRect cell = tree->visualRect(shown);
                if (!cell.isValid() || !tree->viewport()->rect().intersects(cell))
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(tree);
                option.font = tree->font();
                QAbstractItemDelegate *delegate = tree->itemDelegateForIndex(shown);
                const int needed = delegate->sizeHint(option, shown).width();
                if (needed > cell.width() || cell.left() + needed > tree->viewport()->width()) {
                    cut.append(u"the tree: %1 (%2 pixels, %3 given)"_s.arg(shown.data().toString())
                                   .arg(needed)
                                   .arg(cell.width()));
                }
            }
            if (tree->isExpanded(index))
                self(self, index);
        }
    };
    checkRows(checkRows, QModelIndex());

    // The unit panel's headings are whole: its boxes' titles and its tables' column titles,
    // within the panel's width.
    showPanelOn(u"905"_s);
    auto *panel = m_example.find<QWidget>(u"unitPanel"_s);
    auto *scroll = m_example.find<QScrollArea>(u"unitPanelScroll"_s);
    QVERIFY(panel && scroll);
    const auto rightInView = [scroll](const QWidget *widget, int x) {
        return widget->mapTo(scroll->viewport(), QPoint(x, 0)).x() <= scroll->viewport()->width();
    };
    for (const QGroupBox *box : panel->findChildren<QGroupBox *>()) {
        if (!box->isVisible() || box->title().isEmpty())
            continue;
        // The style's indent, then the title.
        const int right = 8 + box->fontMetrics().horizontalAdvance(box->title());
        if (right > box->width() || !rightInView(box, right))
            cut.append(u"the panel: “%1”"_s.arg(box->title()));
    }
    for (const QTableView *table : panel->findChildren<QTableView *>()) {
        if (!table->isVisible())
            continue;
        const QHeaderView *header = table->horizontalHeader();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
                needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                    + margin;
            const int left = header->sectionViewportPosition(column);
            if (header->sectionSize(column) < needed
                || !rightInView(table->viewport(), left + header->sectionSize(column))) {
                cut.append(
                    u"the panel's %1: “%2” (%3 pixels, %4 given)"_s.arg(table->objectName(), title)
                        .arg(needed)
                        .arg(header->sectionSize(column)));
            }
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
