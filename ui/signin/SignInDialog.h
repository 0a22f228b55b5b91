// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/profiles/Profile.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace im {

class ApiClient;
class BrowserSignInFlow;
class ProfileSignIn;

// Creating or editing a profile: its name, cloud, API host, tenant and app registration, how to sign in
// (client secret, certificate, the user's account with a code or in the browser), and in an advanced
// section custom API and sign-in addresses and an extra CA file. Fields are checked as they are typed.
// "Test connection" signs in with what is typed, lists one indicator and shows the permissions the token
// carries. "Save and sign in" signs the app in through `signIn`, which keeps the secret in the system
// keychain; a keychain that is missing or locked is reported here and nothing is saved.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(ProfileSignIn *signIn, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the form from a saved profile (the secret is never shown; it must be typed again).
    void setProfile(const Profile &profile);
    // The profile the form describes now.
    [[nodiscard]] Profile profile() const;
    // Empty when every field is usable, else the first problem.
    [[nodiscard]] QString firstProblem() const;

    void testConnection();
    // "Save and sign in"; the dialog closes (accepted) once signed in and saved.
    void saveAndSignIn();

    // Text shown after a test or a save attempt (for tests and screenshots).
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QString permissionsText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

    static bool isGuid(const QString &text);
    static bool isTenant(const QString &text);

Q_SIGNALS:
    // A test connection or save attempt finished (ok or not).
    void attemptFinished(bool ok);

private:
    void buildUi();
    void fillHosts();
    void onCloudChanged();
    void onMethodChanged();
    void formChanged();
    void validate();
    void setBusy(bool busy, const QString &status = {});
    void showResult(bool ok, const QString &text);
    // Signs `client` in with what the form holds; for a user's account this runs the interactive
    // sign-in and gives its token reply to `done` as well.
    void obtainToken(ApiClient *client, const std::function<void(const ApiError &, const QJsonObject &)> &done);
    void finishTest(const ApiError &error);
    void storeAndSignIn(const Profile &profile, const QJsonObject &interactiveReply);

    ProfileSignIn *m_signIn;
    QNetworkAccessManager *m_network;
    std::unique_ptr<ApiClient> m_testClient;
    QPointer<BrowserSignInFlow> m_browserFlow;
    bool m_busy = false;

    QLineEdit *m_nameEdit;
    QComboBox *m_cloudCombo;
    QComboBox *m_hostCombo;
    QLineEdit *m_tenantEdit;
    QLineEdit *m_clientEdit;
    QComboBox *m_methodCombo;
    QLabel *m_secretLabel;
    QLineEdit *m_secretEdit;
    QLabel *m_certificateLabel;
    QWidget *m_certificateRow;
    QLineEdit *m_certificateEdit;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphraseEdit;
    QGroupBox *m_advancedBox;
    QLineEdit *m_apiUrlEdit;
    QLineEdit *m_loginUrlEdit;
    QLineEdit *m_caFileEdit;
    QLabel *m_problemLabel;
    QLabel *m_resultLabel;
    QLabel *m_permissionsLabel;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QDialogButtonBox *m_buttons;
};

} // namespace im
