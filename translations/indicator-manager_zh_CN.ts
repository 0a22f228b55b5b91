<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Cannot connect to %1. Check the address, the network and any proxy.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>无法连接到 %1。请检查地址、网络和代理设置。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole reply arrived.</source>
        <translation>与 %1 的连接在完整回复到达之前关闭。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If your network inspects TLS traffic, give its CA certificate with --ca-file.</source>
        <translation>%1 的证书不受信任。如果你的网络会检查 TLS 流量，请用 --ca-file 提供其 CA 证书。</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>%1 的证书已过期或尚未生效。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 was issued for a different name.</source>
        <translation>%1 出示的证书是为其他名称颁发的。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>Sign-in was refused (HTTP %1).</source>
        <translation>登录被拒绝（HTTP %1）。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <extracomment>%1 is Entra ID&apos;s own explanation, in English</extracomment>
        <translation>登录被拒绝：%1</translation>
    </message>
    <message>
        <source>The service did not accept the access token (HTTP 401), even after signing in again.</source>
        <translation>即使重新登录后，服务仍不接受访问令牌（HTTP 401）。</translation>
    </message>
    <message>
        <source>The app registration is not allowed to do this (HTTP 403). It needs the WindowsDefenderATP application permission Ti.ReadWrite.All with admin consent. Service: %1</source>
        <translation>此应用注册无权执行该操作（HTTP 403）。它需要 WindowsDefenderATP 应用程序权限 Ti.ReadWrite.All，并经管理员授予同意。服务：%1</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>%1 has no such address or item (HTTP 404). Check the API address.</source>
        <translation>%1 上没有此地址或项目（HTTP 404）。请检查 API 地址。</translation>
    </message>
    <message>
        <source>The service kept refusing calls because of its rate limit (HTTP 429).</source>
        <translation>服务因速率限制持续拒绝调用（HTTP 429）。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1).</source>
        <translation>服务发生内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>服务拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <extracomment>%1 is the service&apos;s own message, in English</extracomment>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The reply of %1 could not be read: %2</source>
        <translation>无法读取 %1 的回复：%2</translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTTP %2) instead of data; a proxy or gateway may be in the way.</source>
        <translation>%1 返回的是网页（HTTP %2）而不是数据；可能有代理或网关拦截。</translation>
    </message>
    <message numerus="yes">
        <source>The reply of %1 was larger than %n MB and was not read.</source>
        <translation>
            <numerusform>%1 的回复超过 %n MB，未读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>Commercial</source>
        <translation>商业版</translation>
    </message>
    <message>
        <source>US Government (GCC)</source>
        <translation>美国政府 (GCC)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>美国政府 (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>美国政府 (DoD)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自定义地址</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>Read the file in this encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030 or Windows-1252 (default: detect).</source>
        <translation>按此编码读取文件：UTF-8、UTF-16LE、UTF-16BE、GB18030 或 Windows-1252（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation>indicator-manager-cli：%1</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>要检查的文件。</translation>
    </message>
    <message>
        <source>validate takes one FILE.</source>
        <translation>validate 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 [%4] %5</source>
        <translation>第 %1 行，%2：%3 [%4] %5</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json to see them all.</source>
        <translation>
            <numerusform>……另有 %n 个问题；使用 --json 可查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n 行有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 行无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message>
        <source>Active indicators in the tenant now.</source>
        <translation>租户当前的活动指示器数。</translation>
    </message>
    <message>
        <source>The file to plan.</source>
        <translation>要规划的文件。</translation>
    </message>
    <message>
        <source>plan takes one FILE.</source>
        <translation>plan 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>--active takes a whole number of at least 0.</source>
        <translation>--active 需要一个不小于 0 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>Will be sent: %n row(s)</source>
        <translation>
            <numerusform>将发送：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 invalid, %2 duplicate</source>
        <translation>不发送：%1 行无效，%2 行重复</translation>
    </message>
    <message>
        <source>Import calls: %1 (batch sizes: %2)</source>
        <translation>导入调用：%1 次（批大小：%2）</translation>
    </message>
    <message numerus="yes">
        <source>Minimum time at 30 calls a minute: %n second(s)</source>
        <translation>
            <numerusform>按每分钟 30 次调用的最短时间：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Active indicators: %1 now, %2 after, of %3</source>
        <translation>活动指示器：当前 %1，导入后 %2，上限 %3</translation>
    </message>
    <message numerus="yes">
        <source>The import would pass the tenant&apos;s limit by %n indicator(s).</source>
        <translation>
            <numerusform>此次导入将超出租户限制 %n 个指示器。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5, %6</source>
        <extracomment>The validate summary: file name, then the counts of rows, valid, invalid, warnings, duplicates.</extracomment>
        <translation>%1：%2，%3，%4，%5，%6</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Usage: indicator-manager-cli [--lang CODE] COMMAND [OPTIONS]

Commands:
  validate FILE [--json] [--encoding NAME]
      Check every row against Defender&apos;s rules.
      Exit code 0: every row is valid; 1: some rows are invalid; 2: the file cannot be read.
      --json prints {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,
      severity, message}]}.
  plan FILE [--active N] [--json] [--encoding NAME]
      Split the valid rows into Import calls of at most 500 and show the calls, the minimum
      time at 30 calls a minute, and the tenant&apos;s quota of 15,000 active indicators before and
      after (N: active indicators now, default 0). Exit code 0, or 2 when the file cannot be read.
</source>
        <translation>用法：indicator-manager-cli [--lang CODE] COMMAND [OPTIONS]

命令：
  validate FILE [--json] [--encoding NAME]
      按 Defender 的规则检查每一行。
      退出代码 0：所有行均有效；1：部分行无效；2：无法读取文件。
      --json 输出 {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,
      severity, message}]}。
  plan FILE [--active N] [--json] [--encoding NAME]
      将有效行拆分为每次最多 500 个的导入调用，显示调用次数、按每分钟 30 次调用
      所需的最短时间，以及导入前后租户 15,000 个活动指示器配额的使用情况
      （N：当前活动指示器数，默认 0）。退出代码 0；无法读取文件时为 2。
</translation>
    </message>
    <message>
        <source>
Options:
  --lang CODE   Language of messages (en, zh_CN); default: the system&apos;s.
  --help        Show this help.
  --version     Show the version.
</source>
        <translation>
选项：
  --lang CODE   消息语言（en、zh_CN）；默认使用系统语言。
  --help        显示此帮助。
  --version     显示版本。
</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>A saved connection (arrives with sign-in settings).</source>
        <translation>已保存的连接（随登录设置一起提供）。</translation>
    </message>
    <message>
        <source>commercial, gcc, gcc-high or dod (default: commercial).</source>
        <translation>commercial、gcc、gcc-high 或 dod（默认：commercial）。</translation>
    </message>
    <message>
        <source>The API address, e.g. https://api.security.microsoft.com.</source>
        <translation>API 地址，例如 https://api.security.microsoft.com。</translation>
    </message>
    <message>
        <source>The sign-in address, e.g. https://login.microsoftonline.com.</source>
        <translation>登录地址，例如 https://login.microsoftonline.com。</translation>
    </message>
    <message>
        <source>The tenant ID.</source>
        <translation>租户 ID。</translation>
    </message>
    <message>
        <source>The app registration&apos;s application (client) ID.</source>
        <translation>应用注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>从标准输入读取客户端密码。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Connection (every command that talks to a tenant):
  --profile NAME          a saved connection; saved connections arrive with the sign-in settings,
                          until then give the connection inline:
  --tenant ID --client-id ID --client-secret-stdin
                          the app registration; the secret is read from standard input (one line),
                          never from the command line
  --cloud NAME            commercial (default), gcc, gcc-high or dod: picks the API and sign-in
                          addresses and the token scope
  --api-url URL --login-url URL
                          other addresses (a regional host, a proxy, the local sandbox); plain
                          http:// only to this computer
  --ca-file FILE          also trust these CA certificates (TLS inspection); verification stays on
</source>
        <translation>连接（所有与租户通信的命令）：
  --profile NAME          已保存的连接；已保存的连接随登录设置一起提供，
                          在此之前请直接在命令中给出连接：
  --tenant ID --client-id ID --client-secret-stdin
                          应用注册；密码从标准输入读取（一行），
                          绝不从命令行读取
  --cloud NAME            commercial（默认）、gcc、gcc-high 或 dod：决定 API 和登录
                          地址以及令牌范围
  --api-url URL --login-url URL
                          其他地址（区域主机、代理、本地沙盒）；明文
                          http:// 仅限本机
  --ca-file FILE          同时信任这些 CA 证书（TLS 检查）；验证始终开启
</translation>
    </message>
    <message>
        <source>Cannot read the client secret from standard input.</source>
        <translation>无法从标准输入读取客户端密码。</translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>客户端密码：</translation>
    </message>
    <message>
        <source>--client-secret-stdin was given, but standard input held no secret.</source>
        <translation>已指定 --client-secret-stdin，但标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: saved connections arrive with the sign-in settings of a coming version. Until then give the connection inline: --tenant ID --client-id ID --client-secret-stdin (and --api-url/--login-url for another address).</source>
        <translation>配置文件“%1”：已保存的连接将随后续版本的登录设置一起提供。在此之前请直接给出连接：--tenant ID --client-id ID --client-secret-stdin（其他地址请用 --api-url/--login-url）。</translation>
    </message>
    <message>
        <source>No connection given: use --tenant ID --client-id ID --client-secret-stdin (or --profile NAME).</source>
        <translation>未给出连接：请使用 --tenant ID --client-id ID --client-secret-stdin（或 --profile NAME）。</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use commercial, gcc, gcc-high or dod.</source>
        <translation>未知的云“%1”；请使用 commercial、gcc、gcc-high 或 dod。</translation>
    </message>
    <message>
        <source>The client secret is read from standard input only: add --client-secret-stdin.</source>
        <translation>客户端密码只能从标准输入读取：请添加 --client-secret-stdin。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The %1 address &quot;%2&quot; is not a valid URL.</source>
        <translation>%1 地址“%2”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https:// for %1.</source>
        <translation>明文 http:// 仅允许用于本机；%1 请使用 https://。</translation>
    </message>
    <message>
        <source>The %1 address must start with https://.</source>
        <translation>%1 地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The tenant ID is missing.</source>
        <translation>缺少租户 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID or domain.</source>
        <translation>“%1”不是租户 ID 或域。</translation>
    </message>
    <message>
        <source>The application (client) ID is missing.</source>
        <translation>缺少应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application (client) ID.</source>
        <translation>“%1”不是应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>The token scope is missing.</source>
        <translation>缺少令牌范围。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>Line %1 is longer than %2 MiB; the file is not a table this tool can read.</source>
        <translation>第 %1 行超过 %2 MiB；此文件不是本工具可以读取的表格。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; the file is not a table this tool can read.</source>
        <translation>第 %1 行超过 %2 列；此文件不是本工具可以读取的表格。</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>No column holds indicator values. Name a column IndicatorValue (or value, ioc, sha256, ip, domain, url), or choose the columns in the mapping dialog.</source>
        <translation>没有任何列包含指示器值。请将一列命名为 IndicatorValue（或 value、ioc、sha256、ip、domain、url），或在列映射对话框中选择各列。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation>文件超过 %L1 行，超出本工具一次可打开的行数。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; matches no indicator field and was not imported. Map it in the column mapping if it holds indicator data.</source>
        <translation>列“%1”与任何指示器字段都不匹配，未导入。如果它包含指示器数据，请在列映射中指定。</translation>
    </message>
</context>
<context>
    <name>DecodedStream</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Unknown fault &quot;%1&quot;; known: %2.</source>
        <translation>未知故障“%1”；已知的有：%2。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in fault &quot;%2&quot;.</source>
        <translation>故障“%2”中的设置“%1”未知。</translation>
    </message>
    <message>
        <source>Bad value &quot;%1&quot; for %2 in fault &quot;%3&quot;.</source>
        <translation>故障“%3”中 %2 的值“%1”无效。</translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <source>Change the type to %1</source>
        <translation>将类型改为 %1</translation>
    </message>
    <message>
        <source>Trim the spaces around the value</source>
        <translation>删除值前后的空格</translation>
    </message>
    <message>
        <source>Restore the value to %1</source>
        <translation>将值还原为 %1</translation>
    </message>
    <message>
        <source>Remove the invisible characters</source>
        <translation>删除不可见字符</translation>
    </message>
    <message>
        <source>Write the hash in lower case</source>
        <translation>将哈希改为小写</translation>
    </message>
    <message>
        <source>Remove the separators from the thumbprint</source>
        <translation>删除指纹中的分隔符</translation>
    </message>
    <message>
        <source>Write the address in full form: %1</source>
        <translation>将地址写为完整形式：%1</translation>
    </message>
    <message>
        <source>Remove the leading zeros: %1</source>
        <translation>删除前导零：%1</translation>
    </message>
    <message>
        <source>Remove the wildcard: %1</source>
        <translation>删除通配符：%1</translation>
    </message>
    <message>
        <source>Keep only the host name: %1</source>
        <translation>只保留主机名：%1</translation>
    </message>
    <message>
        <source>Remove the trailing dot</source>
        <translation>删除末尾的点</translation>
    </message>
    <message>
        <source>Add http:// in front</source>
        <translation>在前面加上 http://</translation>
    </message>
    <message>
        <source>Use the action %1</source>
        <translation>使用操作 %1</translation>
    </message>
    <message>
        <source>Use the current action %1</source>
        <translation>使用当前的操作 %1</translation>
    </message>
    <message>
        <source>Set Generate alert to true</source>
        <translation>将“生成警报”设为 true</translation>
    </message>
    <message>
        <source>Set Generate alert to false</source>
        <translation>将“生成警报”设为 false</translation>
    </message>
    <message>
        <source>Use the severity %1</source>
        <translation>使用严重性 %1</translation>
    </message>
    <message>
        <source>Use %1 (UTC)</source>
        <translation>使用 %1（UTC）</translation>
    </message>
    <message>
        <source>Remove the empty group names</source>
        <translation>删除空的组名</translation>
    </message>
    <message>
        <source>Use the category %1</source>
        <translation>使用类别 %1</translation>
    </message>
    <message>
        <source>Write the techniques as %1</source>
        <translation>将技术写为 %1</translation>
    </message>
    <message>
        <source>I have checked this row</source>
        <translation>我已检查此行</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot create the folder %1 for the import journal.</source>
        <translation>无法为导入日志创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the import journal %1: %2</source>
        <translation>无法打开导入日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation>无法写入导入日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportResultMatcher</name>
    <message>
        <source>the reply has no &quot;value&quot; list of results.</source>
        <translation>回复中没有“value”结果列表。</translation>
    </message>
    <message>
        <source>&quot;value&quot; in the reply is not a list.</source>
        <translation>回复中的“value”不是列表。</translation>
    </message>
    <message>
        <source>the service&apos;s result for this row has no true/false &quot;isFailed&quot;.</source>
        <translation>服务对此行的结果中没有 true/false 形式的“isFailed”。</translation>
    </message>
    <message>
        <source>the service&apos;s failure reason for this row is not text.</source>
        <translation>服务对此行给出的失败原因不是文本。</translation>
    </message>
    <message>
        <source>The service marked the row as failed without giving a reason.</source>
        <translation>服务将此行标记为失败，但未给出原因。</translation>
    </message>
    <message>
        <source>the service reported success for this row without a usable indicator id.</source>
        <translation>服务报告此行成功，但没有可用的指示器 ID。</translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <source>Indicator value</source>
        <translation>指示器值</translation>
    </message>
    <message>
        <source>Indicator type</source>
        <translation>指示器类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>建议的操作</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation>设备组</translation>
    </message>
    <message>
        <source>Generate alert</source>
        <translation>生成警报</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>MITRE techniques</source>
        <translation>MITRE 技术</translation>
    </message>
    <message>
        <source>Educate URL</source>
        <translation>教育 URL</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Indicator value is missing</source>
        <translation>缺少指示器值</translation>
    </message>
    <message>
        <source>Spaces around the value</source>
        <translation>值前后有空格</translation>
    </message>
    <message>
        <source>Defanged value</source>
        <translation>已去活化的值</translation>
    </message>
    <message>
        <source>Value is too long</source>
        <translation>值过长</translation>
    </message>
    <message>
        <source>Invisible characters in the value</source>
        <translation>值中有不可见字符</translation>
    </message>
    <message>
        <source>Value does not match its type</source>
        <translation>值与其类型不符</translation>
    </message>
    <message>
        <source>Hash has the wrong length</source>
        <translation>哈希长度错误</translation>
    </message>
    <message>
        <source>Hash is not hexadecimal</source>
        <translation>哈希不是十六进制</translation>
    </message>
    <message>
        <source>Upper-case hash</source>
        <translation>大写哈希</translation>
    </message>
    <message>
        <source>Invalid certificate thumbprint</source>
        <translation>证书指纹无效</translation>
    </message>
    <message>
        <source>Invalid IP address</source>
        <translation>IP 地址无效</translation>
    </message>
    <message>
        <source>CIDR block instead of an address</source>
        <translation>使用了 CIDR 地址块而不是单个地址</translation>
    </message>
    <message>
        <source>IP range or wildcard</source>
        <translation>IP 范围或通配符</translation>
    </message>
    <message>
        <source>IP address is not public</source>
        <translation>IP 地址不是公网地址</translation>
    </message>
    <message>
        <source>IPv6 address is not in full form</source>
        <translation>IPv6 地址不是完整形式</translation>
    </message>
    <message>
        <source>Leading zeros in an IPv4 address</source>
        <translation>IPv4 地址中有前导零</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>域名无效</translation>
    </message>
    <message>
        <source>Wildcard in a domain</source>
        <translation>域中有通配符</translation>
    </message>
    <message>
        <source>URL given as a domain</source>
        <translation>将 URL 作为域提供</translation>
    </message>
    <message>
        <source>Domain ends with a dot</source>
        <translation>域以点结尾</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>URL 无效</translation>
    </message>
    <message>
        <source>URL without http:// or https://</source>
        <translation>URL 缺少 http:// 或 https://</translation>
    </message>
    <message>
        <source>Unsupported URL scheme</source>
        <translation>不支持的 URL 协议</translation>
    </message>
    <message>
        <source>Invalid host in a URL</source>
        <translation>URL 中的主机无效</translation>
    </message>
    <message>
        <source>Wildcard in a URL</source>
        <translation>URL 中有通配符</translation>
    </message>
    <message>
        <source>User name or password in a URL</source>
        <translation>URL 中有用户名或密码</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>重复行</translation>
    </message>
    <message>
        <source>Conflicting actions for one indicator</source>
        <translation>同一指示器的操作相互冲突</translation>
    </message>
    <message>
        <source>Indicator type is missing</source>
        <translation>缺少指示器类型</translation>
    </message>
    <message>
        <source>Unknown indicator type</source>
        <translation>未知的指示器类型</translation>
    </message>
    <message>
        <source>Action is missing</source>
        <translation>缺少操作</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>未知的操作</translation>
    </message>
    <message>
        <source>Legacy action name</source>
        <translation>旧版操作名称</translation>
    </message>
    <message>
        <source>Action not available for this type</source>
        <translation>此类型不支持该操作</translation>
    </message>
    <message>
        <source>Generate alert is not true or false</source>
        <translation>“生成警报”不是 true 或 false</translation>
    </message>
    <message>
        <source>Audit without Generate alert</source>
        <translation>“审核”操作未启用“生成警报”</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation>未知的严重性</translation>
    </message>
    <message>
        <source>Title is missing</source>
        <translation>缺少标题</translation>
    </message>
    <message>
        <source>Title is too long</source>
        <translation>标题过长</translation>
    </message>
    <message>
        <source>Invisible characters in the title</source>
        <translation>标题中有不可见字符</translation>
    </message>
    <message>
        <source>Description is missing</source>
        <translation>缺少说明</translation>
    </message>
    <message>
        <source>Description is too long</source>
        <translation>说明过长</translation>
    </message>
    <message>
        <source>Invisible characters in the description</source>
        <translation>说明中有不可见字符</translation>
    </message>
    <message>
        <source>Recommended actions are too long</source>
        <translation>建议的操作过长</translation>
    </message>
    <message>
        <source>Invisible characters in the recommended actions</source>
        <translation>建议的操作中有不可见字符</translation>
    </message>
    <message>
        <source>Application is too long</source>
        <translation>应用程序过长</translation>
    </message>
    <message>
        <source>Invisible characters in the application</source>
        <translation>应用程序中有不可见字符</translation>
    </message>
    <message>
        <source>External ID is too long</source>
        <translation>外部 ID 过长</translation>
    </message>
    <message>
        <source>Invalid expiration time</source>
        <translation>过期时间无效</translation>
    </message>
    <message>
        <source>Expiration time has passed</source>
        <translation>过期时间已过</translation>
    </message>
    <message>
        <source>Empty device group name</source>
        <translation>设备组名称为空</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>未知的类别</translation>
    </message>
    <message>
        <source>Invalid MITRE technique</source>
        <translation>MITRE 技术无效</translation>
    </message>
    <message>
        <source>MITRE techniques without a category</source>
        <translation>有 MITRE 技术但没有类别</translation>
    </message>
    <message>
        <source>Invalid educate URL</source>
        <translation>教育 URL 无效</translation>
    </message>
    <message>
        <source>Educate URL has no effect</source>
        <translation>教育 URL 不起作用</translation>
    </message>
    <message>
        <source>Extra values in the row</source>
        <translation>行中有多余的值</translation>
    </message>
    <message>
        <source>Unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>JSON element is not an object</source>
        <translation>JSON 元素不是对象</translation>
    </message>
    <message>
        <source>JSON value of the wrong type</source>
        <translation>JSON 值的类型错误</translation>
    </message>
    <message>
        <source>Numeric category without a name</source>
        <translation>数字类别没有名称</translation>
    </message>
    <message>
        <source>Every indicator needs a value: the hash, address, domain, URL or thumbprint to act on.</source>
        <translation>每个指示器都需要一个值：要执行操作的哈希、地址、域、URL 或指纹。</translation>
    </message>
    <message>
        <source>The value has spaces or line breaks before or after it; Defender would not match it. Apply the fix to trim them.</source>
        <translation>值前后有空格或换行符，Defender 将无法匹配。请应用修复以删除它们。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in defanged form (hxxp, [.], [:]). Apply the fix to restore the real value.</source>
        <translation>“%1”是去活化形式（hxxp、[.]、[:]）。请应用修复以还原真实值。</translation>
    </message>
    <message>
        <source>The value has %1 characters; at most %2 are accepted.</source>
        <translation>值有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The value contains control or invisible characters that cannot be part of an indicator.</source>
        <translation>值中含有控制字符或不可见字符，它们不能出现在指示器中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>“%1”不是有效的 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a %2, not a %3. Apply the fix to change the type.</source>
        <translation>“%1”看起来是 %2，而不是 %3。请应用修复以更改类型。</translation>
    </message>
    <message>
        <source>A %1 hash has %2 hexadecimal digits; this one has %3.</source>
        <translation>%1 哈希应有 %2 位十六进制数字；此值有 %3 位。</translation>
    </message>
    <message>
        <source>A %1 hash may contain only the digits 0-9 and the letters a-f.</source>
        <translation>%1 哈希只能包含数字 0-9 和字母 a-f。</translation>
    </message>
    <message>
        <source>The hash has upper-case letters. Defender stores hashes in lower case; apply the fix so that duplicates are recognised.</source>
        <translation>哈希中有大写字母。Defender 以小写形式存储哈希；请应用修复，以便识别重复项。</translation>
    </message>
    <message>
        <source>A certificate thumbprint is the certificate&apos;s SHA-1 hash: 40 hexadecimal digits, without spaces or colons.</source>
        <translation>证书指纹是证书的 SHA-1 哈希：40 位十六进制数字，不含空格或冒号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (like 203.0.113.7) or a full IPv6 address.</source>
        <translation>“%1”不是 IPv4 地址（如 203.0.113.7），也不是完整的 IPv6 地址。</translation>
    </message>
    <message>
        <source>Defender does not accept CIDR blocks such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation>Defender 不接受“%1”这样的 CIDR 地址块。请将每个地址分别添加为指示器。</translation>
    </message>
    <message>
        <source>Defender does not accept IP ranges or wildcards such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation>Defender 不接受“%1”这样的 IP 范围或通配符。请将每个地址分别添加为指示器。</translation>
    </message>
    <message>
        <source>%1 is in the %2 range. Only public (external) addresses can be indicators.</source>
        <translation>%1 属于 %2 范围。只有公网（外部）地址才能作为指示器。</translation>
    </message>
    <message>
        <source>Defender expects IPv6 addresses with all eight groups. Apply the fix to write it as %1.</source>
        <translation>Defender 要求 IPv6 地址写出全部八组。请应用修复，将其写为 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part with a leading zero, which some systems read as octal. Write each part without leading zeros.</source>
        <translation>“%1”中有带前导零的部分，某些系统会将其视为八进制。请去掉每部分的前导零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: use letters, digits and hyphens, labels of at most 63 characters separated by dots, and a top-level domain.</source>
        <translation>“%1”不是有效的域名：请使用字母、数字和连字符，各标签最多 63 个字符并以点分隔，且需有顶级域。</translation>
    </message>
    <message>
        <source>Wildcards are not supported. A domain indicator already covers all of its subdomains, so apply the fix to remove &quot;*.&quot;.</source>
        <translation>不支持通配符。域指示器已涵盖其所有子域，请应用修复以删除“*.”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain. Change the type to Url or keep only the host name.</source>
        <translation>“%1”是 URL，不是域。请将类型改为 Url，或只保留主机名。</translation>
    </message>
    <message>
        <source>The domain ends with a dot. Apply the fix to remove it.</source>
        <translation>域以点结尾。请应用修复以删除它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The URL has no scheme. Write it with http:// or https://, or change the type to DomainName.</source>
        <translation>URL 缺少协议。请加上 http:// 或 https://，或将类型改为 DomainName。</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be indicators.</source>
        <translation>只有 http:// 和 https:// URL 才能作为指示器。</translation>
    </message>
    <message>
        <source>The host part of &quot;%1&quot; is not a valid domain name or IP address.</source>
        <translation>“%1”的主机部分不是有效的域名或 IP 地址。</translation>
    </message>
    <message>
        <source>Wildcards are not supported in URLs. A URL indicator already covers everything below its path.</source>
        <translation>URL 中不支持通配符。URL 指示器已涵盖其路径下的所有内容。</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Check that sharing it with Defender is intended.</source>
        <translation>URL 中含有用户名或密码。请确认确实要将其提供给 Defender。</translation>
    </message>
    <message>
        <source>Same indicator as row %1 (type, value, action and device groups). Only the first is sent.</source>
        <translation>与第 %1 行是同一指示器（类型、值、操作和设备组均相同）。只发送第一个。</translation>
    </message>
    <message>
        <source>Same indicator as an earlier row (type, value, action and device groups). Only the first is sent.</source>
        <translation>与前面某一行是同一指示器（类型、值、操作和设备组均相同）。只发送第一个。</translation>
    </message>
    <message>
        <source>Row %1 has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation>第 %1 行是同一指示器但操作不同。同一指示器和设备组只能保留一个操作。</translation>
    </message>
    <message>
        <source>Another row has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation>另一行是同一指示器但操作不同。同一指示器和设备组只能保留一个操作。</translation>
    </message>
    <message>
        <source>Choose the indicator type: FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation>请选择指示器类型：FileSha1、FileSha256、FileMd5、CertificateThumbprint、IpAddress、DomainName 或 Url。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator type. Use FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation>“%1”不是指示器类型。请使用 FileSha1、FileSha256、FileMd5、CertificateThumbprint、IpAddress、DomainName 或 Url。</translation>
    </message>
    <message>
        <source>Choose an action: Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation>请选择操作：Allowed、Audit、Warn、Block 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action. Use Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation>“%1”不是操作。请使用 Allowed、Audit、Warn、Block 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy action name; Defender now calls it %2.</source>
        <translation>“%1”是旧版操作名称；Defender 现在称为 %2。</translation>
    </message>
    <message>
        <source>Certificates can only be Allowed or BlockAndRemediate.</source>
        <translation>证书只能使用 Allowed 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>%1 is not available for %2 indicators; use Allowed, Audit, Warn or Block.</source>
        <translation>%2 指示器不支持 %1；请使用 Allowed、Audit、Warn 或 Block。</translation>
    </message>
    <message>
        <source>Generate alert must be true or false, not &quot;%1&quot;.</source>
        <translation>“生成警报”必须为 true 或 false，而不是“%1”。</translation>
    </message>
    <message>
        <source>The Audit action only records events when an alert is generated: set Generate alert to true.</source>
        <translation>“审核”操作仅在生成警报时记录事件：请将“生成警报”设为 true。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity. Use Informational, Low, Medium or High.</source>
        <translation>“%1”不是严重性。请使用 Informational、Low、Medium 或 High。</translation>
    </message>
    <message>
        <source>Every indicator needs a title; it becomes the alert title.</source>
        <translation>每个指示器都需要标题，它将作为警报标题。</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are accepted.</source>
        <translation>标题有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>Every indicator needs a description.</source>
        <translation>每个指示器都需要说明。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are accepted.</source>
        <translation>说明有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The recommended actions have %1 characters; at most %2 are accepted.</source>
        <translation>建议的操作有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The application has %1 characters; at most %2 are accepted.</source>
        <translation>应用程序有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The external ID has %1 characters; at most %2 are accepted.</source>
        <translation>外部 ID 有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The text contains control characters or right-to-left override marks that can disguise what an alert says. Apply the fix to remove them.</source>
        <translation>文本中含有控制字符或从右到左覆盖标记，可能掩盖警报的真实内容。请应用修复以删除它们。</translation>
    </message>
    <message>
        <source>Expiration times are written as 2027-01-31T00:00:00Z. Apply the fix to use %1 (UTC).</source>
        <translation>过期时间应写为 2027-01-31T00:00:00Z 的形式。请应用修复以使用 %1（UTC）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2027-01-31T00:00:00Z, or leave it blank for never.</source>
        <translation>“%1”不是日期和时间。请写为 2027-01-31T00:00:00Z，或留空表示永不过期。</translation>
    </message>
    <message>
        <source>The expiration time %1 has passed; Defender would delete the indicator at once.</source>
        <translation>过期时间 %1 已过；Defender 会立即删除该指示器。</translation>
    </message>
    <message>
        <source>The device group list has an empty name (two commas in a row, or a comma at the end).</source>
        <translation>设备组列表中有空名称（连续两个逗号，或末尾有逗号）。</translation>
    </message>
    <message>
        <source>Categories are written in PascalCase: apply the fix to use %1.</source>
        <translation>类别应使用 PascalCase 写法：请应用修复以使用 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>“%1”不是类别。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>MITRE technique ids look like T1566 or T1566.001, separated by commas.</source>
        <translation>MITRE 技术 ID 形如 T1566 或 T1566.001，以逗号分隔。</translation>
    </message>
    <message>
        <source>MITRE techniques are given without a category; the portal expects a category with them.</source>
        <translation>提供了 MITRE 技术但没有类别；门户要求同时提供类别。</translation>
    </message>
    <message>
        <source>The educate URL must be an http:// or https:// address.</source>
        <translation>教育 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Defender shows the educate URL only for Url indicators with the Block or Warn action.</source>
        <translation>Defender 仅对操作为 Block 或 Warn 的 Url 指示器显示教育 URL。</translation>
    </message>
    <message>
        <source>This row had more values than the file has columns; these were not imported: %1</source>
        <translation>此行的值多于文件的列数；以下值未导入：%1</translation>
    </message>
    <message>
        <source>A quoted field in this row never ends, so the rest of the file was read into it. Check the row and the lines after it.</source>
        <translation>此行中有一个带引号的字段没有结束，因此文件的其余部分都被读入了该字段。请检查此行及其后的各行。</translation>
    </message>
    <message>
        <source>This element of the JSON array is %1, not an indicator object.</source>
        <translation>JSON 数组中的此元素是 %1，而不是指示器对象。</translation>
    </message>
    <message>
        <source>These JSON properties had a value of the wrong type and were kept as text: %1</source>
        <translation>以下 JSON 属性的值类型错误，已按文本保留：%1</translation>
    </message>
    <message>
        <source>The service returned category %1, whose name is not documented; the category was left blank.</source>
        <translation>服务返回的类别为 %1，其名称未见于文档；类别已留空。</translation>
    </message>
</context>
<context>
    <name>JsonTableReader</name>
    <message>
        <source>The JSON is nested more than %1 levels deep near line %2.</source>
        <translation>JSON 在第 %2 行附近的嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <source>A JSON element near line %1 is larger than %2 MiB.</source>
        <translation>第 %1 行附近的 JSON 元素超过 %2 MiB。</translation>
    </message>
    <message>
        <source>The JSON ends too early, near line %1.</source>
        <translation>JSON 在第 %1 行附近过早结束。</translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1.</source>
        <translation>JSON 在第 %1 行附近格式错误。</translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1: %2.</source>
        <translation>JSON 在第 %1 行附近格式错误：%2。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation>文件超过 %L1 行，超出本工具一次可打开的行数。</translation>
    </message>
    <message>
        <source>The JSON object has no &quot;Indicators&quot; or &quot;value&quot; array and is not an indicator.</source>
        <translation>此 JSON 对象没有“Indicators”或“value”数组，也不是指示器。</translation>
    </message>
    <message>
        <source>The JSON holds a single indicator object. Put it in an array or in {&quot;Indicators&quot;: [...]} to import it.</source>
        <translation>此 JSON 只包含单个指示器对象。请将其放入数组或 {&quot;Indicators&quot;: [...]} 中再导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not JSON: it must start with [ or {.</source>
        <translation>文件不是 JSON：必须以 [ 或 { 开头。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 结束后在第 %1 行附近还有文本。</translation>
    </message>
    <message numerus="yes">
        <source>The property &quot;%1&quot; is not an indicator field and was not imported (%n row(s)).</source>
        <translation>
            <numerusform>属性“%1”不是指示器字段，未导入（%n 行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <source>the reply is empty.</source>
        <translation>回复为空。</translation>
    </message>
    <message>
        <source>the JSON ends too early (the reply is truncated).</source>
        <translation>JSON 过早结束（回复被截断）。</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>它不是 JSON（第 %2 个字节处：%1）。</translation>
    </message>
    <message>
        <source>a JSON object was expected.</source>
        <translation>应为 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local stand-in for Microsoft Defender for Endpoint&apos;s Indicators API and the Entra ID token endpoint, for tests and demos. It listens on 127.0.0.1 only and prints its URL as the first line on standard output.

Built-in app registration (public values, not secret): tenant %1, client %2, secret &quot;%3&quot;.</source>
        <translation>Microsoft Defender for Endpoint 指示器 API 和 Entra ID 令牌终结点的本地替身，用于测试和演示。它只在 127.0.0.1 上监听，并在标准输出的第一行打印其 URL。

内置应用注册（公开值，不是机密）：租户 %1，客户端 %2，密码“%3”。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>监听端口；0 表示选取一个空闲端口。</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>使用此 PEM 证书（链）提供 HTTPS。</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>证书的未加密 PEM 私钥。</translation>
    </message>
    <message>
        <source>Divide every rate-limit window and Retry-After by N (tests run faster).</source>
        <translation>将每个速率限制窗口和 Retry-After 除以 N（测试运行更快）。</translation>
    </message>
    <message>
        <source>Keep the tenant&apos;s indicators in this file.</source>
        <translation>将租户的指示器保存在此文件中。</translation>
    </message>
    <message>
        <source>Create N indicators at start when the tenant is empty.</source>
        <translation>租户为空时，启动时创建 N 个指示器。</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,fraction=F]. Kinds: %1. May be repeated.</source>
        <translation>注入故障：KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,fraction=F]。种类：%1。可重复指定。</translation>
    </message>
    <message>
        <source>Seed of the fault dice.</source>
        <translation>故障随机数种子。</translation>
    </message>
    <message>
        <source>More app registrations: a JSON array of {clientId, secret, displayName, roles}.</source>
        <translation>更多应用注册：由 {clientId, secret, displayName, roles} 组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID.</source>
        <translation>租户的 ID。</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds.</source>
        <translation>访问令牌的有效期（秒）。</translation>
    </message>
    <message>
        <source>Delete expired indicators this many seconds late (emulates propagation lag).</source>
        <translation>推迟这么多秒删除过期指示器（模拟传播延迟）。</translation>
    </message>
    <message>
        <source>Serve the test control endpoints under /_sandbox/ (loopback only).</source>
        <translation>在 /_sandbox/ 下提供测试控制终结点（仅限环回）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port 需要 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--time-scale takes a number from 1 to 10000.</source>
        <translation>--time-scale 需要 1 到 10000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0.</source>
        <translation>--seed 需要不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--token-lifetime takes a whole number of seconds, at least 1.</source>
        <translation>--token-lifetime 需要以秒为单位的整数，至少为 1。</translation>
    </message>
    <message>
        <source>--expiry-lag takes a whole number of seconds.</source>
        <translation>--expiry-lag 需要以秒为单位的整数。</translation>
    </message>
    <message>
        <source>--fault-seed takes a whole number.</source>
        <translation>--fault-seed 需要一个整数。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 和 --tls-key 必须一起使用。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file holds no indicators.</source>
        <translation>文件中没有指示器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. The previous file was left unchanged.</source>
        <translation>写入“%1”失败：%2。原文件保持不变。</translation>
    </message>
</context>
<context>
    <name>TenantCommands</name>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation>indicator-manager-cli：%1</translation>
    </message>
    <message>
        <source>%1 takes one FILE.</source>
        <translation>%1 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>%1 takes no file name.</source>
        <translation>%1 不接受文件名。</translation>
    </message>
    <message>
        <source>the reply has no &quot;value&quot; list.</source>
        <translation>回复中没有“value”列表。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of ids.</source>
        <translation>%1 太大，不像是 ID 列表。</translation>
    </message>
    <message>
        <source>  import FILE (--profile NAME | CONNECTION) [--results OUT.csv] [--json] [--encoding NAME]
      Send the valid rows to the tenant in Import calls of at most 500, within 30 calls a minute.
      Every row ends Succeeded (with its indicator id), Failed (with the service&apos;s reason) or
      NotSent (with why); --results writes the file&apos;s columns plus Status, Id and FailureReason.
      An import cut short resumes when run again: rows that succeeded are not sent twice.
      Exit code 0: every row succeeded; 1: some rows failed or were not sent; 2: bad input;
      3: sign-in failed; 4: the service could not be reached.
  list (--profile NAME | CONNECTION) [--json | --csv]
      Print the tenant&apos;s indicators. Exit code 0, 2, 3 or 4.
  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)
      Delete the indicators whose ids FILE lists (one per line, or a CSV with an Id column such
      as an import&apos;s results), or those whose expiration time has passed.
      Exit code 0: all deleted; 1: some were not; 2, 3 or 4 as for import.

</source>
        <translation>  import FILE (--profile NAME | CONNECTION) [--results OUT.csv] [--json] [--encoding NAME]
      以每次最多 500 个、每分钟最多 30 次的导入调用将有效行发送到租户。
      每一行最终为 Succeeded（附指示器 ID）、Failed（附服务给出的原因）或
      NotSent（附原因）；--results 写出文件的各列以及 Status、Id 和 FailureReason。
      中断的导入再次运行时会继续：已成功的行不会重复发送。
      退出代码 0：所有行均成功；1：部分行失败或未发送；2：输入有误；
      3：登录失败；4：无法连接到服务。
  list (--profile NAME | CONNECTION) [--json | --csv]
      输出租户的指示器。退出代码 0、2、3 或 4。
  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)
      删除 FILE 中列出 ID 的指示器（每行一个，或带 Id 列的 CSV，例如导入
      结果），或删除过期时间已过的指示器。
      退出代码 0：全部已删除；1：部分未删除；2、3 或 4 同 import。

</translation>
    </message>
    <message>
        <source>Write the rows with Status, Id and FailureReason here.</source>
        <translation>将带有 Status、Id 和 FailureReason 的行写到这里。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detect).</source>
        <translation>文件的编码（默认：自动检测）。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Resuming an interrupted import: %n row(s) had already been imported.</source>
        <translation>
            <numerusform>继续中断的导入：已有 %n 行导入完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>indicator-manager-cli: cannot write %1: %2</source>
        <translation>indicator-manager-cli：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Row %1 not sent: %2</source>
        <translation>第 %1 行未发送：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) not imported; use --results to see them all.</source>
        <translation>
            <numerusform>……另有 %n 行未导入；使用 --results 可查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 行成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 行未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Print {&quot;count&quot;, &quot;value&quot;: [indicators]} as the API returns them.</source>
        <translation>按 API 返回的形式输出 {&quot;count&quot;, &quot;value&quot;: [indicators]}。</translation>
    </message>
    <message>
        <source>Print CSV: Id, the portal template&apos;s columns and more.</source>
        <translation>输出 CSV：Id、门户模板的各列以及更多列。</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>请指定 --json 或 --csv，不要同时指定。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 个指示器</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the indicators whose ids this file lists.</source>
        <translation>删除此文件中列出 ID 的指示器。</translation>
    </message>
    <message>
        <source>Delete the indicators whose expiration time has passed.</source>
        <translation>删除过期时间已过的指示器。</translation>
    </message>
    <message>
        <source>delete takes either --ids FILE or --expired.</source>
        <translation>delete 需要 --ids FILE 或 --expired 之一。</translation>
    </message>
    <message>
        <source>%1: no such indicator (or not visible to this app).</source>
        <translation>%1：没有此指示器（或此应用看不到它）。</translation>
    </message>
    <message>
        <source>%1: not an indicator id.</source>
        <translation>%1：不是指示器 ID。</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>没有要删除的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n indicator(s).</source>
        <translation>
            <numerusform>已删除 %1 个（共 %n 个指示器）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantState</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox state file: %2</source>
        <translation>%1 不是沙盒状态文件：%2</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file contains binary data (NUL or control bytes); it is not a text table.</source>
        <translation>文件包含二进制数据（NUL 或控制字节）；它不是文本表格。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: the byte at offset %1 cannot be decoded.</source>
        <translation>文件不是有效的 UTF-8：偏移量 %1 处的字节无法解码。</translation>
    </message>
    <message>
        <source>The file contains a NUL character; it is not a text table.</source>
        <translation>文件包含 NUL 字符；它不是文本表格。</translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1 near byte offset %2.</source>
        <translation>文件在字节偏移量 %2 附近无法按 %1 解码。</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 中没有 PEM 或 DER 证书。</translation>
    </message>
</context>
<context>
    <name>TokenIssuer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of app registrations.</source>
        <translation>%1 必须包含由应用注册组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>Every app registration in %1 needs a clientId and a secret.</source>
        <translation>%1 中的每个应用注册都需要 clientId 和 secret。</translation>
    </message>
</context>
<context>
    <name>im::AboutDialog</name>
    <message>
        <source>Indicator Manager %1: GNU General Public License, version 3 or later</source>
        <translation>指示器管理器 %1：GNU 通用公共许可证第 3 版或更高版本</translation>
    </message>
    <message>
        <source>Indicator Manager is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>指示器管理器是自由软件：你可以依照自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由你选择）任何更高版本的条款，重新分发和/或修改它。</translation>
    </message>
    <message>
        <source>Qt %1: GNU Lesser General Public License, version 3</source>
        <translation>Qt %1：GNU 宽通用公共许可证第 3 版</translation>
    </message>
    <message>
        <source>Qt %1, copyright The Qt Company Ltd. and other contributors, is used under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3 (the first entry of this list). You may replace the Qt libraries that Indicator Manager uses with your own build of them. The source code of Qt is available at https://download.qt.io/.</source>
        <extracomment>%1 is the Qt version in use.</extracomment>
        <translation>Qt %1（版权归 The Qt Company Ltd. 及其他贡献者所有）依照 GNU 宽通用公共许可证第 3 版使用，该许可证在 GNU 通用公共许可证第 3 版（本列表的第一项）之上增加了额外许可。你可以用自己构建的 Qt 库替换指示器管理器所用的 Qt 库。Qt 的源代码可从 https://download.qt.io/ 获取。</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain：BSD 许可证</translation>
    </message>
    <message>
        <source>QtKeychain %1: BSD licence</source>
        <translation>QtKeychain %1：BSD 许可证</translation>
    </message>
    <message>
        <source>QtKeychain stores the sign-in secrets in the system&apos;s keychain. Its source code is available at https://github.com/frankosterfeld/qtkeychain.</source>
        <translation>QtKeychain 将登录机密保存在系统凭据存储中。其源代码可从 https://github.com/frankosterfeld/qtkeychain 获取。</translation>
    </message>
    <message>
        <source>About Indicator Manager</source>
        <translation>关于指示器管理器</translation>
    </message>
    <message>
        <source>Indicator Manager %1</source>
        <translation>指示器管理器 %1</translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint custom indicators.</source>
        <translation>编辑、验证并提交 Microsoft Defender for Endpoint 自定义指示器。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version the program was compiled with, %2 the one it runs on.</extracomment>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Software and licences:</source>
        <translation>软件和许可证：</translation>
    </message>
    <message>
        <source>Software and licences</source>
        <translation>软件和许可证</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>此版本中缺少许可证文本。</translation>
    </message>
</context>
<context>
    <name>im::ConnectionStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>正在登录...</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>%1 · tenant %2 · %3</source>
        <extracomment>%1 signed-in state, %2 tenant ID, %3 API host</extracomment>
        <translation>%1 · 租户 %2 · %3</translation>
    </message>
    <message>
        <source>API: %1
Sign-in: %2</source>
        <translation>API：%1
登录：%2</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>应用：%1（%2）</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Token valid until %1</source>
        <translation>令牌有效期至 %1</translation>
    </message>
</context>
<context>
    <name>im::ImportEngine</name>
    <message>
        <source>The import was cancelled before this row was sent.</source>
        <translation>导入在发送此行之前已取消。</translation>
    </message>
    <message>
        <source>the service&apos;s replies had no result for this row.</source>
        <translation>服务的回复中没有此行的结果。</translation>
    </message>
    <message numerus="yes">
        <source>No usable result after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后仍没有可用结果：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The import journal %1 could not be written; an interrupted import would resend rows that already succeeded.</source>
        <translation>无法写入导入日志 %1；导入中断后将重新发送已成功的行。</translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>im::MainWindow</name>
    <message>
        <source>Indicator Manager</source>
        <translation>指示器管理器</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指示器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Indicator Manager</source>
        <translation>关于指示器管理器(&amp;A)</translation>
    </message>
    <message>
        <source>Open Indicators</source>
        <translation>打开指示器</translation>
    </message>
    <message>
        <source>Indicator files (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>指示器文件 (*.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.

%2</source>
        <translation>无法打开“%1”。

%2</translation>
    </message>
    <message>
        <source>%1 - Indicator Manager</source>
        <translation>%1 - 指示器管理器</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 行无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Status bar summary: row count, invalid rows, warnings.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>im::TokenClient</name>
    <message>
        <source>the sign-in reply holds no usable bearer token.</source>
        <translation>登录回复中没有可用的持有者令牌。</translation>
    </message>
</context>
<context>
    <name>im::sandbox::SandboxHttpServer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key.</source>
        <translation>%1 中没有未加密的 RSA 或 EC 私钥。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>indicator-manager: cannot write %1</source>
        <translation>indicator-manager：无法写入 %1</translation>
    </message>
    <message>
        <source>indicator-manager: language %1 is not available; using English</source>
        <translation>indicator-manager：语言 %1 不可用；将使用英语</translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint indicators.</source>
        <translation>编辑、验证并提交 Microsoft Defender for Endpoint 指示器。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>用户界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once FILE is loaded and validated, then quit.</source>
        <translation>在 FILE 加载并验证完成后将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <source>An indicator file to open.</source>
        <translation>要打开的指示器文件。</translation>
    </message>
    <message>
        <source>Sign in to the indicator-sandbox at this URL.</source>
        <translation>登录到此 URL 上的 indicator-sandbox。</translation>
    </message>
    <message>
        <source>indicator-sandbox: cannot listen on 127.0.0.1:%1
</source>
        <translation>indicator-sandbox：无法在 127.0.0.1:%1 上监听
</translation>
    </message>
</context>
</TS>
