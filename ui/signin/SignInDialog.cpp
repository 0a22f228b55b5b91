// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/SignInDialog.h"

#include "core/auth/BrowserSignInFlow.h"
#include "core/auth/ClientCertificate.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/SecretError.h"
#include "ui/common/FileDialog.h"
#include "ui/signin/DeviceCodeDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace im {
namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setClearButtonEnabled(true);
    return edit;
}

QWidget *withBrowse(QWidget *parent, QLineEdit *edit, const char *buttonName, std::function<void()> browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    auto *button = new QToolButton(row);
    button->setObjectName(QString::fromLatin1(buttonName));
    button->setText(SignInDialog::tr("Browse..."));
    QObject::connect(button, &QToolButton::clicked, row, std::move(browse));
    layout->addWidget(button);
    return row;
}

} // namespace

bool SignInDialog::isGuid(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return guid.match(text).hasMatch();
}

bool SignInDialog::isTenant(const QString &text)
{
    // A directory ID, or a verified domain ("contoso.onmicrosoft.com").
    static const QRegularExpression domain(
        QStringLiteral("^(?=.{3,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return isGuid(text) || domain.match(text).hasMatch();
}

SignInDialog::SignInDialog(ProfileSignIn *signIn, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to a tenant"));
    buildUi();
    onCloudChanged();
    onMethodChanged();
    validate();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildUi()
{
    m_nameEdit = lineEdit(this, "profileNameLineEdit");
    m_nameEdit->setPlaceholderText(tr("e.g. Contoso production"));
    m_cloudCombo = new QComboBox(this);
    m_cloudCombo->setObjectName(QStringLiteral("cloudComboBox"));
    for (Cloud c : {Cloud::Commercial, Cloud::Gcc, Cloud::GccHigh, Cloud::DoD, Cloud::Custom})
        m_cloudCombo->addItem(CloudEndpoints::displayName(c), static_cast<int>(c));
    m_hostCombo = new QComboBox(this);
    m_hostCombo->setObjectName(QStringLiteral("apiHostComboBox"));
    m_tenantEdit = lineEdit(this, "tenantLineEdit");
    m_tenantEdit->setPlaceholderText(tr("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx or contoso.onmicrosoft.com"));
    m_clientEdit = lineEdit(this, "clientIdLineEdit");
    m_clientEdit->setPlaceholderText(tr("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("methodComboBox"));
    for (SignInMethod m :
         {SignInMethod::ClientSecret, SignInMethod::Certificate, SignInMethod::DeviceCode, SignInMethod::Browser})
        m_methodCombo->addItem(Profile::methodDisplayName(m), static_cast<int>(m));
    m_secretEdit = lineEdit(this, "clientSecretLineEdit");
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setClearButtonEnabled(false);
    m_certificateEdit = lineEdit(this, "certificateLineEdit");
    m_certificateEdit->setPlaceholderText(tr("PEM (certificate and private key) or PFX file"));
    m_certificateRow = withBrowse(this, m_certificateEdit, "certificateBrowseButton", [this]() {
        const QString file =
            FileDialog::instance().openFileName(this, tr("Certificate of the app registration"), QString(),
                                                tr("Certificates (*.pem *.pfx *.p12);;All files (*)"));
        if (!file.isEmpty())
            m_certificateEdit->setText(file);
    });
    m_passphraseEdit = lineEdit(this, "passphraseLineEdit");
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setClearButtonEnabled(false);
    m_passphraseEdit->setPlaceholderText(tr("only if the file is protected"));

    m_advancedBox = new QGroupBox(tr("Advanced"), this);
    m_advancedBox->setObjectName(QStringLiteral("advancedGroupBox"));
    m_advancedBox->setCheckable(true);
    m_advancedBox->setChecked(false);
    m_apiUrlEdit = lineEdit(m_advancedBox, "apiUrlLineEdit");
    m_loginUrlEdit = lineEdit(m_advancedBox, "loginUrlLineEdit");
    m_caFileEdit = lineEdit(m_advancedBox, "caFileLineEdit");
    m_caFileEdit->setPlaceholderText(tr("optional: CA certificates of a TLS-inspecting proxy (PEM)"));
    QWidget *caRow = withBrowse(m_advancedBox, m_caFileEdit, "caFileBrowseButton", [this]() {
        const QString file = FileDialog::instance().openFileName(this, tr("Extra CA certificates"), QString(),
                                                                 tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFileEdit->setText(file);
    });
    auto *advanced = new QFormLayout(m_advancedBox);
    advanced->addRow(tr("API address:"), m_apiUrlEdit);
    advanced->addRow(tr("Sign-in address:"), m_loginUrlEdit);
    advanced->addRow(tr("Extra CA file:"), caRow);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permissionsLabel = new QLabel(this);
    m_permissionsLabel->setObjectName(QStringLiteral("permissionsLabel"));
    m_permissionsLabel->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    // Left of the dialog's own buttons, whatever order the platform gives those.
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_saveButton = m_buttons->addButton(tr("&Save and sign in"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_nameEdit);
    form->addRow(tr("&Cloud:"), m_cloudCombo);
    form->addRow(tr("API &host:"), m_hostCombo);
    form->addRow(tr("Directory (&tenant) ID:"), m_tenantEdit);
    form->addRow(tr("Application (c&lient) ID:"), m_clientEdit);
    form->addRow(tr("Sign in &with:"), m_methodCombo);
    m_secretLabel = new QLabel(tr("Client &secret:"), this);
    m_secretLabel->setBuddy(m_secretEdit);
    form->addRow(m_secretLabel, m_secretEdit);
    m_certificateLabel = new QLabel(tr("Certificate &file:"), this);
    m_certificateLabel->setBuddy(m_certificateEdit);
    form->addRow(m_certificateLabel, m_certificateRow);
    m_passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    form->addRow(m_passphraseLabel, m_passphraseEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedBox);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_permissionsLabel);
    layout->addStretch();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_testButton);
    buttonRow->addWidget(m_buttons, 1);
    layout->addLayout(buttonRow);
    setMinimumWidth(560);

    for (QLineEdit *edit : {m_nameEdit, m_tenantEdit, m_clientEdit, m_secretEdit, m_certificateEdit, m_passphraseEdit,
                            m_apiUrlEdit, m_loginUrlEdit, m_caFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::formChanged);
    connect(m_cloudCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onCloudChanged);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::formChanged);
    connect(m_hostCombo, &QComboBox::currentIndexChanged, this, [this]() {
        const QString host = m_hostCombo->currentData().toString();
        if (!host.isEmpty())
            m_apiUrlEdit->setText(QStringLiteral("https://") + host);
    });
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onMethodChanged);
    connect(m_advancedBox, &QGroupBox::toggled, this, &SignInDialog::validate);
    connect(m_testButton, &QPushButton::clicked, this, &SignInDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &SignInDialog::saveAndSignIn);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, [this]() {
        if (m_browserFlow)
            m_browserFlow->cancel();
    });
}

void SignInDialog::fillHosts()
{
    const auto cloud = static_cast<Cloud>(m_cloudCombo->currentData().toInt());
    const QSignalBlocker blocker(m_hostCombo);
    m_hostCombo->clear();
    if (cloud == Cloud::Custom) {
        m_hostCombo->addItem(tr("Custom address (see Advanced)"), QString());
        return;
    }
    const QString preferred = CloudEndpoints::apiUrl(cloud).host();
    for (const ApiHost &host : CloudEndpoints::apiHosts()) {
        // GCC High and DoD share one host, listed under GCC High.
        const Cloud hostCloud = host.cloud;
        const bool matches = hostCloud == cloud || (cloud == Cloud::DoD && hostCloud == Cloud::GccHigh);
        if (!matches || host.legacy)
            continue;
        const QString label = host.region.isEmpty() ? tr("%1 (global)").arg(host.host)
                                                    //: %1 host name, %2 region code such as "eu"
                                                    : tr("%1 (region %2)").arg(host.host, host.region.toUpper());
        if (host.host == preferred)
            m_hostCombo->insertItem(0, label, host.host);
        else
            m_hostCombo->addItem(label, host.host);
    }
    m_hostCombo->setCurrentIndex(0);
}

void SignInDialog::onCloudChanged()
{
    const auto cloud = static_cast<Cloud>(m_cloudCombo->currentData().toInt());
    fillHosts();
    const bool custom = cloud == Cloud::Custom;
    m_hostCombo->setEnabled(!custom);
    // A preset fills the addresses in; a custom cloud has the user type them.
    m_apiUrlEdit->setReadOnly(!custom);
    m_loginUrlEdit->setReadOnly(!custom);
    if (!custom) {
        m_apiUrlEdit->setText(QStringLiteral("https://") + m_hostCombo->currentData().toString());
        m_loginUrlEdit->setText(CloudEndpoints::loginUrl(cloud).toString());
    } else {
        m_advancedBox->setChecked(true);
    }
    validate();
}

void SignInDialog::onMethodChanged()
{
    const auto method = static_cast<SignInMethod>(m_methodCombo->currentData().toInt());
    const bool secret = method == SignInMethod::ClientSecret;
    const bool certificate = method == SignInMethod::Certificate;
    m_secretLabel->setVisible(secret);
    m_secretEdit->setVisible(secret);
    m_certificateLabel->setVisible(certificate);
    m_certificateRow->setVisible(certificate);
    m_passphraseLabel->setVisible(certificate);
    m_passphraseEdit->setVisible(certificate);
    validate();
}

Profile SignInDialog::profile() const
{
    Profile p;
    p.name = m_nameEdit->text();
    const auto cloud = static_cast<Cloud>(m_cloudCombo->currentData().toInt());
    p.connection = ConnectionSettings::forCloud(cloud);
    p.connection.apiUrl = QUrl(m_apiUrlEdit->text().trimmed(), QUrl::StrictMode);
    p.connection.loginUrl = QUrl(m_loginUrlEdit->text().trimmed(), QUrl::StrictMode);
    p.connection.tenantId = m_tenantEdit->text().trimmed();
    p.connection.clientId = m_clientEdit->text().trimmed();
    p.connection.caFile = m_advancedBox->isChecked() ? m_caFileEdit->text().trimmed() : QString();
    p.method = static_cast<SignInMethod>(m_methodCombo->currentData().toInt());
    if (p.method == SignInMethod::Certificate)
        p.certificatePath = m_certificateEdit->text().trimmed();
    return p;
}

void SignInDialog::setProfile(const Profile &p)
{
    m_nameEdit->setText(p.name);
    m_cloudCombo->setCurrentIndex(m_cloudCombo->findData(static_cast<int>(p.connection.cloud)));
    const int host = m_hostCombo->findData(p.connection.apiUrl.host());
    if (host >= 0)
        m_hostCombo->setCurrentIndex(host);
    m_apiUrlEdit->setText(p.connection.apiUrl.toString());
    m_loginUrlEdit->setText(p.connection.loginUrl.toString());
    m_tenantEdit->setText(p.connection.tenantId);
    m_clientEdit->setText(p.connection.clientId);
    m_caFileEdit->setText(p.connection.caFile);
    if (!p.connection.caFile.isEmpty() || p.connection.cloud == Cloud::Custom)
        m_advancedBox->setChecked(true);
    m_methodCombo->setCurrentIndex(m_methodCombo->findData(static_cast<int>(p.method)));
    m_certificateEdit->setText(p.certificatePath);
    validate();
}

QString SignInDialog::firstProblem() const
{
    const Profile p = profile();
    const QString tenant = p.connection.tenantId;
    const QString client = p.connection.clientId;
    if (QString e = Profile::checkName(p.name); !e.isEmpty())
        return e;
    if (tenant.isEmpty())
        return tr("Enter the directory (tenant) ID.");
    if (!isTenant(tenant))
        return tr("The tenant is a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a verified domain such as "
                  "contoso.onmicrosoft.com.");
    if (client.isEmpty())
        return tr("Enter the application (client) ID of the app registration.");
    if (!isGuid(client))
        return tr("The application (client) ID is a GUID such as 00000000-0000-0000-0000-000000000000.");
    if (p.method == SignInMethod::ClientSecret && m_secretEdit->text().isEmpty())
        return tr("Enter the client secret (its value, not its ID).");
    if (p.method == SignInMethod::Certificate) {
        if (p.certificatePath.isEmpty())
            return tr("Choose the certificate file (PEM or PFX) of the app registration.");
        if (!QFileInfo(p.certificatePath).isReadable())
            return tr("Cannot read the certificate file %1.").arg(p.certificatePath);
    }
    if (QString e = p.connection.check(); !e.isEmpty())
        return e;
    return {};
}

void SignInDialog::formChanged()
{
    // A result describes the form it was made with; once the form changes it says nothing any more.
    if (!m_busy) {
        m_resultLabel->clear();
        m_permissionsLabel->clear();
    }
    validate();
}

void SignInDialog::validate()
{
    const QString problem = firstProblem();
    // Say nothing about a form nobody has typed in yet; mark what is wrong once they have.
    const bool untouched =
        m_nameEdit->text().isEmpty() && m_tenantEdit->text().isEmpty() && m_clientEdit->text().isEmpty();
    m_problemLabel->setText(untouched ? QString() : problem);
    m_problemLabel->setVisible(!untouched && !problem.isEmpty());
    auto mark = [](QLineEdit *edit, bool bad) {
        edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #b3261e; }") : QString());
    };
    const QString tenant = m_tenantEdit->text().trimmed();
    const QString client = m_clientEdit->text().trimmed();
    mark(m_tenantEdit, !tenant.isEmpty() && !isTenant(tenant));
    mark(m_clientEdit, !client.isEmpty() && !isGuid(client));
    mark(m_apiUrlEdit, m_apiUrlEdit->text().isEmpty() && !untouched);
    m_testButton->setEnabled(problem.isEmpty() && !m_busy);
    m_saveButton->setEnabled(problem.isEmpty() && !m_busy);
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (busy) {
        m_resultLabel->setStyleSheet(QString());
        m_resultLabel->setText(status);
        m_permissionsLabel->clear();
    }
    validate();
}

void SignInDialog::showResult(bool ok, const QString &text)
{
    m_resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b3261e;"));
    m_resultLabel->setText(text);
}

QString SignInDialog::resultText() const
{
    return m_resultLabel->text();
}

QString SignInDialog::permissionsText() const
{
    return m_permissionsLabel->text();
}

void SignInDialog::obtainToken(ApiClient *client,
                               const std::function<void(const ApiError &, const QJsonObject &)> &done)
{
    const Profile p = profile();
    if (const QString problem = client->configure(p.connection); !problem.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
        error.detail = problem;
        return done(error, {});
    }
    switch (p.method) {
    case SignInMethod::ClientSecret:
    case SignInMethod::Certificate: {
        if (p.method == SignInMethod::ClientSecret) {
            client->tokens()->setClientSecret(m_secretEdit->text().toUtf8());
        } else {
            auto certificate = std::make_shared<ClientCertificate>();
            if (QString problem = certificate->load(p.certificatePath, m_passphraseEdit->text().toUtf8());
                !problem.isEmpty()) {
                ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
                error.detail = problem;
                return done(error, {});
            }
            client->tokens()->setClientCertificate(certificate);
        }
        ApiCall *call = client->signIn();
        connect(call, &ApiCall::finished, this, [call, done]() {
            const ApiError error = call->result().error;
            call->deleteLater();
            done(error, {});
        });
        return;
    }
    case SignInMethod::DeviceCode: {
        auto *dialog = new DeviceCodeDialog(client->manager(), &client->tls(), p.connection, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog, client, done](int result) {
            if (result != QDialog::Accepted) {
                const ApiError error = dialog->error().isError()
                                           ? dialog->error()
                                           : ApiError(ApiError::Kind::Cancelled, ApiError::Stage::SignIn);
                return done(error, {});
            }
            const QJsonObject reply = dialog->tokenReply();
            done(client->tokens()->adoptTokenReply(reply, profile().connection.tokenUrl().host()), reply);
        });
        dialog->start();
        dialog->open();
        return;
    }
    case SignInMethod::Browser: {
        delete m_browserFlow;
        m_browserFlow = new BrowserSignInFlow(this);
        connect(m_browserFlow, &BrowserSignInFlow::openBrowser, this,
                [](const QUrl &url) { QDesktopServices::openUrl(url); });
        connect(m_browserFlow, &BrowserSignInFlow::failed, this, [done](const ApiError &error) { done(error, {}); });
        connect(m_browserFlow, &BrowserSignInFlow::succeeded, this, [this, client, done](const QJsonObject &reply) {
            done(client->tokens()->adoptTokenReply(reply, profile().connection.tokenUrl().host()), reply);
        });
        m_resultLabel->setText(tr("Finish signing in in your web browser; this window waits for it."));
        m_browserFlow->start(p.connection);
        return;
    }
    }
}

void SignInDialog::testConnection()
{
    if (m_busy || !firstProblem().isEmpty())
        return;
    setBusy(true, tr("Signing in..."));
    m_testClient = std::make_unique<ApiClient>(m_network);
    obtainToken(m_testClient.get(), [this](const ApiError &error, const QJsonObject &) {
        if (error.isError())
            return finishTest(error);
        m_resultLabel->setText(tr("Signed in; listing one indicator..."));
        ApiCall *call = m_testClient->listIndicators(1, 0);
        connect(call, &ApiCall::finished, this, [this, call]() {
            const ApiError listError = call->result().error;
            call->deleteLater();
            finishTest(listError);
        });
    });
}

void SignInDialog::finishTest(const ApiError &error)
{
    setBusy(false);
    const TokenClaims claims = m_testClient ? m_testClient->tokenClaims() : TokenClaims();
    const bool signedIn = m_testClient && m_testClient->isSignedIn();
    if (signedIn) {
        const QStringList permissions = claims.permissions();
        QString text =
            claims.isDelegated()
                //: %1 the user's sign-in name, %2 a list of permissions
                ? tr("Signed in as %1. Delegated permissions: %2.")
                      .arg(claims.userName, permissions.isEmpty() ? tr("none") : permissions.join(QStringLiteral(", ")))
                : tr("Application permissions in the token: %1.")
                      .arg(permissions.isEmpty() ? tr("none") : permissions.join(QStringLiteral(", ")));
        if (!claims.canImport()) {
            text += QLatin1Char(' ')
                    + tr("Importing needs Ti.ReadWrite or Ti.ReadWrite.All (WindowsDefenderATP) with admin consent; "
                         "this token has neither.");
            m_permissionsLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
        } else {
            m_permissionsLabel->setStyleSheet(QString());
        }
        m_permissionsLabel->setText(text);
    }
    if (error.kind() == ApiError::Kind::Cancelled) {
        showResult(false, tr("Cancelled."));
    } else if (error.isError()) {
        showResult(false, error.message());
    } else {
        showResult(true, tr("Connection works: signed in and the Indicators API answered."));
    }
    if (m_testClient)
        m_testClient->tokens()->signOut();
    Q_EMIT attemptFinished(!error.isError());
}

void SignInDialog::saveAndSignIn()
{
    if (m_busy || !firstProblem().isEmpty())
        return;
    setBusy(true, tr("Signing in..."));
    const Profile p = profile();
    m_testClient = std::make_unique<ApiClient>(m_network);
    // Nothing is saved unless the credentials work.
    obtainToken(m_testClient.get(), [this, p](const ApiError &error, const QJsonObject &reply) {
        if (error.isError()) {
            setBusy(false);
            showResult(false, error.kind() == ApiError::Kind::Cancelled ? tr("Cancelled.") : error.message());
            Q_EMIT attemptFinished(false);
            return;
        }
        storeAndSignIn(p, reply);
    });
}

void SignInDialog::storeAndSignIn(const Profile &p, const QJsonObject &interactiveReply)
{
    auto failed = [this](const QString &message) {
        setBusy(false);
        showResult(false, message);
        Q_EMIT attemptFinished(false);
    };
    auto signedIn = [this, failed](bool ok) {
        if (!ok)
            return failed(m_signIn->errorMessage());
        setBusy(false);
        showResult(true, tr("Signed in."));
        Q_EMIT attemptFinished(true);
        accept();
    };
    m_testClient->tokens()->signOut();
    // Old entries of this profile go first (it may have had another tenant, app or method).
    m_signIn->signOut(p.name, this, [this, p, interactiveReply, failed, signedIn](const SecretError &removeError) {
        if (removeError.isError())
            return failed(removeError.message());
        if (p.isDelegated()) {
            ProfileStore().save(p);
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_signIn, &ProfileSignIn::finished, this, [connection, signedIn](bool ok) {
                disconnect(*connection);
                signedIn(ok);
            });
            m_signIn->adoptInteractive(p, interactiveReply);
            return;
        }
        const SecretKind kind =
            p.method == SignInMethod::ClientSecret ? SecretKind::ClientSecret : SecretKind::CertificatePassphrase;
        const QByteArray secret =
            (p.method == SignInMethod::ClientSecret ? m_secretEdit->text() : m_passphraseEdit->text()).toUtf8();
        auto signInNow = [this, p, signedIn]() {
            ProfileStore().save(p);
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_signIn, &ProfileSignIn::finished, this, [connection, signedIn](bool ok) {
                disconnect(*connection);
                signedIn(ok);
            });
            m_signIn->signIn(p);
        };
        if (secret.isEmpty())
            return signInNow();
        m_signIn->storeSecret(p, kind, secret, this, [failed, signInNow](const SecretError &storeError) {
            if (storeError.isError())
                return failed(storeError.message());
            signInNow();
        });
    });
}

} // namespace im
