#include "ExampleWindow.h"

#include <QChartView>
#include <QGraphicsTextItem>

using namespace Qt::StringLiterals;

/// What the window shows at 1366×768, in both languages: no name cut short where the clerk
/// reads it (the overview's chart).
class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartShowsWholeDistrictNames_data();
    void chartShowsWholeDistrictNames();

private:
    static void addLanguages();
    static void settle();

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



QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
