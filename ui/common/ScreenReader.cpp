#include "ScreenReader.h"

#include "InputFields.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

namespace {

constexpr char DerivedName[] = "danvanDerivedAccessibleName";

/// The field a text box is the inside of: an editable list or a day field; the widget
/// itself otherwise.
QWidget *outerField(QWidget *widget)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    QWidget *parent = widget->parentWidget();
    if (auto *combo = qobject_cast<QComboBox *>(parent); edit && combo && combo->lineEdit() == edit)
        return combo;
    if (auto *date = qobject_cast<DateField *>(parent); edit && date && date->lineEdit() == edit)
        return date;
    return widget;
}

/// The text box inside a composite field, or null.
QWidget *innerField(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->lineEdit();
    if (auto *date = qobject_cast<DateField *>(widget))
        return date->lineEdit();
    return nullptr;
}

/// Names a control that takes the keyboard by the label whose buddy it is (or is the inside
/// of), wherever that label is in the window, unless it was named on purpose.
void nameByLabel(QWidget *widget)
{
    if (widget->focusPolicy() == Qt::NoFocus
        || (!widget->accessibleName().isEmpty() && !widget->property(DerivedName).toBool()))
        return;
    QWidget *outer = outerField(widget);
    QString name = outer != widget ? outer->accessibleName() : QString();
    if (name.isEmpty()) {
        for (const QLabel *label : widget->window()->findChildren<QLabel *>()) {
            const QWidget *buddy = label->buddy();
            if (buddy && (buddy == outer || buddy == widget || buddy == innerField(widget))) {
                // Qt finds a label beside its buddy by itself, in the label's words of the
                // moment (not for a list or table, which it names by their own name only).
                if (buddy == widget && label->parentWidget() == widget->parentWidget()
                    && !qobject_cast<QAbstractItemView *>(widget)) {
                    if (widget->property(DerivedName).toBool()) {
                        widget->setAccessibleName(QString());
                        widget->setProperty(DerivedName, false);
                    }
                    return;
                }
                name = ScreenReader::withoutMnemonic(label->text()).trimmed();
                if (name.endsWith(u':'))
                    name.chop(1);
                break;
            }
        }
    }
    if (name.isEmpty() && !widget->property(DerivedName).toBool())
        return;
    widget->setAccessibleName(name);
    widget->setProperty(DerivedName, true);
}

class InnerFieldNames : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Show:
            if (watched->isWidgetType())
                nameByLabel(static_cast<QWidget *>(watched));
            break;
        case QEvent::LanguageChange:
            // Once the labels around have their new words.
            if (watched->isWidgetType() && watched->property(DerivedName).toBool()) {
                auto *widget = static_cast<QWidget *>(watched);
                QTimer::singleShot(0, widget, [widget = QPointer<QWidget>(widget)] {
                    if (widget)
                        nameByLabel(widget);
                });
            }
            break;
        default:
            break;
        }
        return false;
    }
};

} // namespace

namespace ScreenReader {

void install()
{
    static QPointer<InnerFieldNames> installed;
    if (installed || !qApp)
        return;
    installed = new InnerFieldNames(qApp);
    qApp->installEventFilter(installed);
}

QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        out.append(text.at(i));
    }
    return out;
}

} // namespace ScreenReader
