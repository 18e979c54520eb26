<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved data is safe, but the last action may not have been completed. If it happens again, please send the details below and the log file to your administrator.</source>
        <translation>Đã xảy ra một lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn, nhưng thao tác vừa rồi có thể chưa hoàn tất. Nếu lỗi lặp lại, vui lòng gửi thông tin chi tiết dưới đây và tệp nhật ký cho quản trị viên.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Tệp nhật ký: {path}</translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation>Không có tệp nhật ký nào đang được ghi.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Thông tin kỹ thuật</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Cannot complete the operation</source>
        <translation>Không thể thực hiện thao tác</translation>
    </message>
    <message>
        <source>Please correct the following and try again:</source>
        <translation>Vui lòng sửa các mục sau rồi thử lại:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Surplus Public Assets</source>
        <translation>Quản lý tài sản công dôi dư</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;New asset</source>
        <translation>Tài sản &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;Navigation panel</source>
        <translation>Thanh điều &amp;hướng</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
    <message>
        <source>&amp;About Surplus Assets</source>
        <translation>&amp;Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>This page has no search box.</source>
        <translation>Trang này không có ô tìm kiếm.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Người dùng: {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>Assets: —</source>
        <translation>Tài sản: —</translation>
    </message>
    <message>
        <source>Counting assets…</source>
        <translation>Đang đếm tài sản…</translation>
    </message>
    <message>
        <source>Counting assets</source>
        <translation>Đếm tài sản</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln tài sản</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets: unavailable</source>
        <translation>Tài sản: không lấy được số liệu</translation>
    </message>
    <message>
        <source>About Surplus Assets</source>
        <translation>Giới thiệu phần mềm</translation>
    </message>
    <message>
        <source>Surplus Public Assets {version}</source>
        <translation>Quản lý tài sản công dôi dư {version}</translation>
    </message>
    <message>
        <source>Catalogue of surplus public assets after the reorganisation of administrative units, handling proposals and signed reports.</source>
        <translation>Lập danh mục tài sản công dôi dư sau sắp xếp đơn vị hành chính, xây dựng phương án xử lý và lập báo cáo có ký số.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Cơ sở dữ liệu đang dùng:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>Logging is off</source>
        <translation>Không ghi nhật ký</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Mở thư mục nhật ký</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Thư mục nhật ký:</translation>
    </message>
    <message>
        <source>When asking for help, send the file surplus_assets.log from this folder. It never contains passwords or PINs.</source>
        <translation>Khi cần hỗ trợ, hãy gửi tệp surplus_assets.log trong thư mục này. Tệp nhật ký không bao giờ chứa mật khẩu hay mã PIN.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The new language will be used after you restart the application.</source>
        <translation>Ngôn ngữ mới sẽ được dùng sau khi bạn khởi động lại phần mềm.</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Ngôn ngữ mới có hiệu lực sau khi khởi động lại phần mềm.</translation>
    </message>
</context>
</TS>
