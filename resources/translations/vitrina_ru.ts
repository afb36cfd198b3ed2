<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop studio for live selling.</source>
        <translation>Настольная студия для живых продаж.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Журналы: %1</translation>
    </message>
    <message>
        <source>About Vitrina</source>
        <translation>О программе Vitrina</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>{name} ({device})</source>
        <translation>{name} ({device})</translation>
    </message>
</context>
<context>
    <name>AudioStrip</name>
    <message>
        <source>Mute</source>
        <translation>Выкл. звук</translation>
    </message>
    <message>
        <source>Mute this input: the stream and the recording go silent for it</source>
        <translation>Выключить этот вход: его не будет слышно ни в эфире, ни в записи</translation>
    </message>
    <message>
        <source>Gain, from %1 to +%2 dB</source>
        <translation>Усиление, от %1 до +%2 дБ</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Звук выкл.</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 дБ</translation>
    </message>
</context>
<context>
    <name>CanvasPage</name>
    <message>
        <source>Landscape or vertical?</source>
        <translation>Горизонтально или вертикально?</translation>
    </message>
    <message>
        <source>The shape of the picture your shows start with.</source>
        <translation>Формат картинки, с которым начинаются ваши эфиры.</translation>
    </message>
    <message>
        <source>Landscape, 16:9 (1280×720): YouTube, Facebook, Twitch, a shop&apos;s site</source>
        <translation>Горизонтально, 16:9 (1280×720): YouTube, Facebook, Twitch, сайт магазина</translation>
    </message>
    <message>
        <source>Vertical, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, phones</source>
        <translation>Вертикально, 9:16 (720×1280): TikTok, Instagram, YouTube Shorts, телефоны</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>Cart</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>не оплачена</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачена</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправлена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>waiting list only</source>
        <translation>только лист ожидания</translation>
    </message>
    <message>
        <source>Copy Pix code</source>
        <translation>Копировать код Pix</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Отметить оплату</translation>
    </message>
    <message>
        <source>Cancel cart</source>
        <translation>Отменить корзину</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Items total</source>
        <translation>Сумма товаров</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>This order is in no cart.</source>
        <translation>Этот заказ не в корзине.</translation>
    </message>
    <message>
        <source>Cancel everything in cart %1? Its stock returns and the waiting list moves.</source>
        <translation>Отменить всё в корзине %1? Товар вернётся на склад, лист ожидания сдвинется.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>CatalogThread</name>
    <message>
        <source>This failed: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation>Не удаётся прочитать каталог: %1</translation>
    </message>
    <message>
        <source>The store refused it: %1</source>
        <translation>База данных отказала: %1</translation>
    </message>
</context>
<context>
    <name>CatalogWrites</name>
    <message>
        <source>%1 is on stream</source>
        <translation>%1 в эфире</translation>
    </message>
    <message>
        <source>Nothing is pinned</source>
        <translation>Ничего не закреплено</translation>
    </message>
    <message>
        <source>%1: the price is now %2</source>
        <translation>%1: теперь цена %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n left</source>
        <translation>
            <numerusform>%1: осталась %n шт.</numerusform>
            <numerusform>%1: осталось %n шт.</numerusform>
            <numerusform>%1: осталось %n шт.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on sale at %2 for %3 min</source>
        <translation>%1 со скидкой: %2 на %3 мин</translation>
    </message>
    <message>
        <source>%1 %2 saved</source>
        <translation>%1 %2: сохранено</translation>
    </message>
    <message>
        <source>%1 has orders, so it stays in the catalog</source>
        <translation>У %1 есть заказы, поэтому он остаётся в каталоге</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1: удалено</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n demo products</source>
        <translation>
            <numerusform>Удалён %n демо-товар</numerusform>
            <numerusform>Удалено %n демо-товара</numerusform>
            <numerusform>Удалено %n демо-товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %n that have orders</source>
        <translation>
            <numerusform>; оставлен %n с заказами</numerusform>
            <numerusform>; оставлено %n с заказами</numerusform>
            <numerusform>; оставлено %n с заказами</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Распознано как</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>помечено: %1</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>помечено</translation>
    </message>
    <message>
        <source>order reserved</source>
        <translation>заказ зарезервирован</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>в листе ожидания</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>buy: %1</source>
        <translation>покупка: %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>poll vote</source>
        <translation>голос в опросе</translation>
    </message>
    <message>
        <source>giveaway entry</source>
        <translation>участие в розыгрыше</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>Block user “%1”</source>
        <translation>Заблокировать «%1»</translation>
    </message>
    <message>
        <source>Block word</source>
        <translation>Заблокировать слово</translation>
    </message>
    <message>
        <source>Blocking %1</source>
        <translation>Блокировка %1</translation>
    </message>
    <message>
        <source>Blocking “%1”</source>
        <translation>Блокировка «%1»</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>CurrencyDialog</name>
    <message>
        <source>Import products</source>
        <translation>Импорт товаров</translation>
    </message>
    <message>
        <source>Currency of the prices in this file (where a row names none):</source>
        <translation>Валюта цен в этом файле (если в строке не указана):</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Edit destination</source>
        <translation>Изменить площадку</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Добавить площадку</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL сервера</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Ключ трансляции</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where will you go live?</source>
        <translation>Где вы будете вести эфир?</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing: a practice audience chats and buys on a copy of your shop. Add destinations whenever you are ready.</source>
        <translation>Репетиция ничего не транслирует: тренировочная аудитория общается и покупает в копии вашего магазина. Добавьте площадки, когда будете готовы.</translation>
    </message>
    <message>
        <source>Rehearse first: no destination yet</source>
        <translation>Сначала репетиция: без площадки</translation>
    </message>
    <message>
        <source>Save a destination:</source>
        <translation>Сохранить площадку:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Сервис:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Stream key:</source>
        <translation>Ключ трансляции:</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Токен доступа:</translation>
    </message>
    <message>
        <source>Stream key: empty; an RTMP destination needs its stream key</source>
        <translation>Ключ трансляции: пусто; площадке RTMP нужен ключ</translation>
    </message>
</context>
<context>
    <name>DestinationPresets</name>
    <message>
        <source>YouTube Studio ▸ Go live ▸ Stream: copy the stream key.</source>
        <translation>YouTube Studio ▸ Начать трансляцию ▸ Трансляция: скопируйте ключ трансляции.</translation>
    </message>
    <message>
        <source>Facebook Live Producer ▸ Streaming software: copy the stream key.</source>
        <translation>Facebook Live Producer ▸ Программа для трансляций: скопируйте ключ трансляции.</translation>
    </message>
    <message>
        <source>Instagram Live Producer: copy the stream key (and the server URL when it shows another).</source>
        <translation>Instagram Live Producer: скопируйте ключ трансляции (и URL сервера, если он показывает другой).</translation>
    </message>
    <message>
        <source>Twitch Creator Dashboard ▸ Settings ▸ Stream: copy the primary stream key.</source>
        <translation>Панель автора Twitch ▸ Настройки ▸ Трансляция: скопируйте основной ключ трансляции.</translation>
    </message>
    <message>
        <source>TikTok LIVE Center ▸ Go LIVE: paste the server URL and the stream key it hands out (both change with each live).</source>
        <translation>TikTok LIVE Center ▸ Go LIVE: вставьте URL сервера и ключ, которые он выдаёт (меняются в каждом эфире).</translation>
    </message>
    <message>
        <source>Other RTMP(S) server</source>
        <translation>Другой сервер RTMP(S)</translation>
    </message>
    <message>
        <source>The server&apos;s address (rtmp:// or rtmps://) and the stream key apart.</source>
        <translation>Адрес сервера (rtmp:// или rtmps://) и отдельно ключ трансляции.</translation>
    </message>
    <message>
        <source>WHIP (WebRTC) endpoint</source>
        <translation>Адрес WHIP (WebRTC)</translation>
    </message>
    <message>
        <source>The endpoint&apos;s https:// address, and its bearer token if it asks for one.</source>
        <translation>Адрес https:// и токен доступа, если он нужен.</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>Reading the destinations…</source>
        <translation>Чтение площадок…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Added, edited and removed destinations are saved at once; the Enabled boxes, with OK.</source>
        <translation>Добавленные, изменённые и удалённые площадки сохраняются сразу; отметки «Включена» — по «ОК».</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>There is no system keyring here: keys cannot be kept. A destination is saved without its key, which then comes from VITRINA_KEY_&lt;NAME&gt; in the environment of the session that goes live.</source>
        <translation>Здесь нет системной связки ключей: ключи не сохранить. Площадка сохраняется без ключа; его берут из VITRINA_KEY_&lt;NAME&gt; в окружении сеанса, который выходит в эфир.</translation>
    </message>
    <message>
        <source>No destination yet: Add… one to go live to.</source>
        <translation>Площадок пока нет: нажмите «Добавить…», чтобы было куда выходить в эфир.</translation>
    </message>
    <message>
        <source>The destinations could not be read: {reason}</source>
        <translation>Не удалось прочитать площадки: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name}: сохранено.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Удалить площадку</translation>
    </message>
    <message>
        <source>Remove {name} and forget its key?</source>
        <translation>Удалить {name} и забыть её ключ?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name}: удалено.</translation>
    </message>
    <message>
        <source>Still reading the destinations: try OK again in a moment</source>
        <translation>Площадки ещё читаются: нажмите «ОК» чуть позже</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Camera and microphone</source>
        <translation>Камера и микрофон</translation>
    </message>
    <message>
        <source>What the show picks up. Scenes and the audio mixer can change both during a show.</source>
        <translation>Что снимает и слышит эфир. Сцены и аудиомикшер могут менять и то и другое во время эфира.</translation>
    </message>
    <message>
        <source>Looking for cameras and microphones…</source>
        <translation>Ищем камеры и микрофоны…</translation>
    </message>
    <message>
        <source>Check them</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>The moving test pattern</source>
        <translation>Движущаяся тестовая картинка</translation>
    </message>
    <message>
        <source>Default input</source>
        <translation>Вход по умолчанию</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Тестовый сигнал</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Без звука</translation>
    </message>
    <message numerus="yes">
        <source>Found %n camera(s).</source>
        <translation>
            <numerusform>Найдена %n камера.</numerusform>
            <numerusform>Найдено %n камеры.</numerusform>
            <numerusform>Найдено %n камер.</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera found: shows use the moving test pattern until one is plugged in.</source>
        <translation>Камера не найдена: эфиры показывают тестовую картинку, пока камеру не подключат.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Camera: {result}</source>
        <translation>Камера: {result}</translation>
    </message>
    <message>
        <source>Microphone: {result}</source>
        <translation>Микрофон: {result}</translation>
    </message>
    <message>
        <source>The devices could not be listed ({reason}); the test pattern stands in.</source>
        <translation>Не удалось получить список устройств ({reason}); вместо них тестовая картинка.</translation>
    </message>
</context>
<context>
    <name>EngagementDock</name>
    <message>
        <source>Poll</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Розыгрыш</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The show keeps running. What happened:
{what}</source>
        <translation>Эфир продолжается. Что случилось:
{what}</translation>
    </message>
    <message>
        <source>The details are saved in {file}, with everything a bug report needs.</source>
        <translation>Подробности сохранены в {file} — со всем, что нужно для отчёта об ошибке.</translation>
    </message>
    <message>
        <source>The details are in the log, with everything a bug report needs.</source>
        <translation>Подробности в журнале — со всем, что нужно для отчёта об ошибке.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Finish opens a rehearsal: a product pinned on the picture and a practice audience asking and buying in chat. Nothing is published and your stock is untouched. End it with the Rehearsal button.</source>
        <translation>«Готово» откроет репетицию: товар закреплён на картинке, тренировочная аудитория спрашивает и покупает в чате. Ничего не транслируется, остатки не меняются. Завершите её кнопкой «Репетиция».</translation>
    </message>
    <message>
        <source>Finish saves your destination (its key in the system keyring, never in a file). Go Live on the toolbar publishes to it.</source>
        <translation>«Готово» сохранит площадку (ключ — в системной связке ключей, не в файле). Кнопка «В эфир» на панели инструментов транслирует на неё.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Vitrina — first run</source>
        <translation>Vitrina — первый запуск</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Nothing was kept: {reason}</source>
        <translation>Ничего не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>FlashSaleDialog</name>
    <message>
        <source>Flash sale</source>
        <translation>Флеш-распродажа</translation>
    </message>
    <message>
        <source>%1 %2, now %3</source>
        <translation>%1 %2, сейчас %3</translation>
    </message>
    <message>
        <source>Sale price, e.g. 19.99</source>
        <translation>Цена со скидкой, напр. 19.99</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Начать распродажу</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Длится</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Reading the settings…</source>
        <translation>Чтение настроек…</translation>
    </message>
    <message>
        <source>Takes effect when the studio starts again.</source>
        <translation>Вступит в силу при следующем запуске студии.</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Не удалось прочитать настройки: {reason}</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Настройки ещё читаются: нажмите «ОК» чуть позже</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in.</source>
        <translation>Здесь нет системной связки ключей, чтобы это сохранить.</translation>
    </message>
</context>
<context>
    <name>GiveawayPanel</name>
    <message>
        <source>A linen tote bag</source>
        <translation>Льняная сумка-шопер</translation>
    </message>
    <message>
        <source>WIN</source>
        <translation>ХОЧУ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Start giveaway</source>
        <translation>Начать розыгрыш</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Приз</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Ключевое слово</translation>
    </message>
    <message>
        <source>Takes entries for</source>
        <translation>Приём заявок</translation>
    </message>
    <message>
        <source>Draw the winner</source>
        <translation>Выбрать победителя</translation>
    </message>
    <message>
        <source>Verify the draw</source>
        <translation>Проверить розыгрыш</translation>
    </message>
    <message>
        <source>Replay the draw from its recorded seed: the same winner must come out</source>
        <translation>Повторить розыгрыш с сохранённым зерном: должен выйти тот же победитель</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) wins among %n entries. Seed: %3</source>
        <translation>
            <numerusform>%1 (%2) побеждает среди %n участника. Зерно: %3</numerusform>
            <numerusform>%1 (%2) побеждает среди %n участников. Зерно: %3</numerusform>
            <numerusform>%1 (%2) побеждает среди %n участников. Зерно: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: seed %1 draws %2 again among %n entries.</source>
        <translation>
            <numerusform>Проверено: зерно %1 снова выбирает %2 среди %n участника.</numerusform>
            <numerusform>Проверено: зерно %1 снова выбирает %2 среди %n участников.</numerusform>
            <numerusform>Проверено: зерно %1 снова выбирает %2 среди %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>No giveaway yet in this show.</source>
        <translation>В этом эфире ещё нет розыгрыша.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn: %1 won</source>
        <translation>разыгран: победил %1</translation>
    </message>
    <message>
        <source>taking entries</source>
        <translation>идёт приём заявок</translation>
    </message>
    <message>
        <source>closed: draw the winner</source>
        <translation>закрыт: выберите победителя</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>напишите %1</translation>
    </message>
</context>
<context>
    <name>GoLiveDialog</name>
    <message>
        <source>Go live</source>
        <translation>Выйти в эфир</translation>
    </message>
    <message>
        <source>Publish this show to:</source>
        <translation>Транслировать эфир на:</translation>
    </message>
    <message>
        <source>No destination is saved yet. Add one in File ▸ Settings… ▸ Destinations, or in a terminal with `vitrina destinations add NAME URL` (the key is asked for, never shown).</source>
        <translation>Площадок пока нет. Добавьте в меню Файл ▸ Настройки… ▸ Площадки или в терминале: `vitrina destinations add NAME URL` (ключ запрашивается и не показывается).</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>В эфир</translation>
    </message>
</context>
<context>
    <name>GraphicsPage</name>
    <message>
        <source>Product card</source>
        <translation>Карточка товара</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Бегущая строка цен</translation>
    </message>
    <message>
        <source>Which graphics each scene shows</source>
        <translation>Какую графику показывает каждая сцена</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Графика</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>idle</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>в канале</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>live</source>
        <translation>в эфире</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>переподключение</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>переподключение через %1 с (попытка %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a state, then why</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems</source>
        <translation>
            <numerusform>... и ещё %n проблема</numerusform>
            <numerusform>... и ещё %n проблемы</numerusform>
            <numerusform>... и ещё %n проблем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Welcome to Vitrina</source>
        <translation>Добро пожаловать в Vitrina</translation>
    </message>
    <message>
        <source>A few questions get you to your first show. You can skip them, and ask for them again from Help ▸ First-run assistant.</source>
        <translation>Несколько вопросов — и первый эфир готов. Их можно пропустить и вернуться к ним через Справка ▸ Помощник первого запуска.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Язык окна:</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Sound on new orders</source>
        <translation>Звук при новом заказе</translation>
    </message>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Вопросы (%n)</numerusform>
            <numerusform>Вопросы (%n)</numerusform>
            <numerusform>Вопросы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat (%n)</source>
        <translation>
            <numerusform>Чат (%n)</numerusform>
            <numerusform>Чат (%n)</numerusform>
            <numerusform>Чат (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders (%n)</source>
        <translation>
            <numerusform>Заказы (%n)</numerusform>
            <numerusform>Заказы (%n)</numerusform>
            <numerusform>Заказы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waitlist (%n)</source>
        <translation>
            <numerusform>Ожидание (%n)</numerusform>
            <numerusform>Ожидание (%n)</numerusform>
            <numerusform>Ожидание (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Эфир</translation>
    </message>
    <message>
        <source>Polls and giveaways</source>
        <translation>Опросы и розыгрыши</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Сцены</translation>
    </message>
    <message>
        <source>Audio mixer</source>
        <translation>Аудиомикшер</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>&amp;Импорт товаров…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show &amp;report…</source>
        <translation>&amp;Отчёт об эфире…</translation>
    </message>
    <message>
        <source>What each show sold, when, and while which product was pinned</source>
        <translation>Что продал каждый эфир, когда и при каком закреплённом товаре</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>&amp;Помощник первого запуска…</translation>
    </message>
    <message>
        <source>&amp;About Vitrina</source>
        <translation>&amp;О программе Vitrina</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Нет связки ключей</translation>
    </message>
    <message>
        <source> — REHEARSAL</source>
        <translation> — РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>Vitrina Studio</source>
        <translation>Vitrina Studio</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>Эфир завершён</translation>
    </message>
    <message numerus="yes">
        <source>%n orders in this show. See what sold, when, and while which product was pinned?</source>
        <translation>
            <numerusform>%n заказ в этом эфире. Посмотреть, что продалось, когда и при каком закреплённом товаре?</numerusform>
            <numerusform>%n заказа в этом эфире. Посмотреть, что продалось, когда и при каком закреплённом товаре?</numerusform>
            <numerusform>%n заказов в этом эфире. Посмотреть, что продалось, когда и при каком закреплённом товаре?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Открыть отчёт</translation>
    </message>
    <message>
        <source>The show could not open</source>
        <translation>Не удалось открыть эфир</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Импорт товаров</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n products: %1 new, %2 updated</source>
        <translation>
            <numerusform>Импортирован %n товар: новых %1, обновлено %2</numerusform>
            <numerusform>Импортировано %n товара: новых %1, обновлено %2</numerusform>
            <numerusform>Импортировано %n товаров: новых %1, обновлено %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was changed</source>
        <translation>Импорт не удался; ничего не изменено</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines and try again:</source>
        <translation>Ничего не импортировано. Исправьте эти строки и попробуйте снова:</translation>
    </message>
    <message>
        <source>Quit while live?</source>
        <translation>Выйти во время эфира?</translation>
    </message>
    <message>
        <source>The show is live. Quitting ends it on every destination.</source>
        <translation>Эфир идёт. Выход завершит его на всех площадках.</translation>
    </message>
    <message>
        <source>End the show and quit</source>
        <translation>Завершить эфир и выйти</translation>
    </message>
</context>
<context>
    <name>MixerDock</name>
    <message>
        <source>No show is open.</source>
        <translation>Нет открытого эфира.</translation>
    </message>
    <message>
        <source>This show has no audio inputs.</source>
        <translation>В этом эфире нет аудиовходов.</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>Starting the program…</source>
        <translation>Запуск программы…</translation>
    </message>
    <message>
        <source>The monitor is off to save CPU; the show goes on. Right-click to turn it on.</source>
        <translation>Монитор выключен ради экономии процессора; эфир продолжается. Щёлкните правой кнопкой, чтобы включить его.</translation>
    </message>
</context>
<context>
    <name>Monitors</name>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Превью</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Обрезка</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Затухание</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>How long a fade takes</source>
        <translation>Длительность затухания</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Переход</translation>
    </message>
    <message>
        <source>Take the preview to program</source>
        <translation>Вывести превью в программу</translation>
    </message>
    <message>
        <source>Program &amp;monitor</source>
        <translation>&amp;Монитор программы</translation>
    </message>
    <message>
        <source>&amp;Smooth: every frame</source>
        <translation>&amp;Плавно: каждый кадр</translation>
    </message>
    <message>
        <source>The program as viewers see it, frame for frame</source>
        <translation>Программа так, как её видят зрители, кадр за кадром</translation>
    </message>
    <message>
        <source>&amp;Light: every other frame</source>
        <translation>&amp;Экономно: каждый второй кадр</translation>
    </message>
    <message>
        <source>Half the frames, for about half of the CPU the monitor costs the window</source>
        <translation>Половина кадров: примерно вдвое меньше нагрузки на процессор от монитора</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Выключен</translation>
    </message>
    <message>
        <source>No picture of the program, and the least CPU</source>
        <translation>Без изображения программы и с наименьшей нагрузкой на процессор</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Открываем эфир…</translation>
    </message>
    <message>
        <source>Turn studio mode on to prepare a scene</source>
        <translation>Включите режим студии, чтобы подготовить сцену</translation>
    </message>
</context>
<context>
    <name>OrderToast</name>
    <message numerus="yes">
        <source>%n new orders</source>
        <translation>
            <numerusform>%n новый заказ</numerusform>
            <numerusform>%n новых заказа</numerusform>
            <numerusform>%n новых заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>New order from %1: %2, %3</source>
        <translation>Новый заказ от %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>зарезервирован</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Отметить оплату</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Cart…</source>
        <translation>Корзина…</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Создать новый</translation>
    </message>
    <message>
        <source>The password comes from {variable}: change it there.</source>
        <translation>Пароль задан в {variable}: измените его там.</translation>
    </message>
    <message>
        <source>There is no system keyring to keep a password in: set {variable}.</source>
        <translation>Нет системной связки ключей для пароля: задайте {variable}.</translation>
    </message>
    <message>
        <source>Kept in the system keyring. Give it to each tool that connects.</source>
        <translation>Хранится в системной связке ключей. Введите его в каждом подключаемом инструменте.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>A new password: it replaces the old one when you press OK, and every tool must then be given it.</source>
        <translation>Новый пароль: он заменит старый после нажатия «ОК», и его нужно будет ввести в каждом инструменте.</translation>
    </message>
</context>
<context>
    <name>PictureProgressBar</name>
    <message>
        <source>Pictures: %v of %m</source>
        <translation>Изображения: %v из %m</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be fetched yet: trying again later</source>
        <translation>
            <numerusform>%n изображение пока не загружено: повторим позже</numerusform>
            <numerusform>%n изображения пока не загружены: повторим позже</numerusform>
            <numerusform>%n изображений пока не загружены: повторим позже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures cannot be used (see the log)</source>
        <translation>
            <numerusform>%n изображение нельзя использовать (см. журнал)</numerusform>
            <numerusform>%n изображения нельзя использовать (см. журнал)</numerusform>
            <numerusform>%n изображений нельзя использовать (см. журнал)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Which colour should we show next?</source>
        <translation>Какой цвет показать следующим?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Начать опрос</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Вариант %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Закрыть опрос</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>В этом эфире ещё нет опроса.</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n голос</numerusform>
            <numerusform>%n голоса</numerusform>
            <numerusform>%n голосов</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking votes</source>
        <translation>Идёт голосование</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message numerus="yes">
        <source>%n votes in all</source>
        <translation>
            <numerusform>Всего %n голос</numerusform>
            <numerusform>Всего %n голоса</numerusform>
            <numerusform>Всего %n голосов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Изменить товар</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>chosen for you when left blank</source>
        <translation>выбирается за вас, если оставить пустым</translation>
    </message>
    <message>
        <source>e.g. 24.50</source>
        <translation>напр. 24.50</translation>
    </message>
    <message>
        <source>optional: the price before a discount</source>
        <translation>необязательно: цена до скидки</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>e.g. Size / Colour</source>
        <translation>напр. Размер / Цвет</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Старая цена</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Option names</source>
        <translation>Названия параметров</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <source>Variants (each with its own price and stock)</source>
        <translation>Варианты (у каждого своя цена и остаток)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>compare at</source>
        <translation>старая цена</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>вариант %1</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>остаток</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 up</source>
        <translation>«%1» — не целое число от 0</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Search products, codes, SKUs…</source>
        <translation>Поиск товаров, кодов, артикулов…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Следующий товар</translation>
    </message>
    <message>
        <source>Flash sale…</source>
        <translation>Флеш-распродажа…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove the demo catalog…</source>
        <translation>Удалить демо-каталог…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message numerus="yes">
        <source>%n products matching “%1”</source>
        <translation>
            <numerusform>%n товар по запросу «%1»</numerusform>
            <numerusform>%n товара по запросу «%1»</numerusform>
            <numerusform>%n товаров по запросу «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Open a show to put products on stream</source>
        <translation>Откройте эфир, чтобы показывать товары</translation>
    </message>
    <message>
        <source>%1, price: %2. The price stays %3.</source>
        <translation>%1, цена: %2. Цена остаётся %3.</translation>
    </message>
    <message>
        <source>The shop has no currency yet: import products, or set it with `vitrina settings`</source>
        <translation>У магазина ещё нет валюты: импортируйте товары или задайте её через `vitrina settings`</translation>
    </message>
    <message>
        <source>Delete %1 %2 and its variants? This cannot be undone.</source>
        <translation>Удалить %1 %2 вместе с вариантами? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Удалить товар</translation>
    </message>
    <message>
        <source>Remove the demo catalog</source>
        <translation>Удалить демо-каталог</translation>
    </message>
    <message>
        <source>Delete the demo&apos;s products? Your own products stay.</source>
        <translation>Удалить демо-товары? Ваши товары останутся.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>On stream now</source>
        <translation>Сейчас в эфире</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n variants</source>
        <translation>
            <numerusform>  ·  %n вариант</numerusform>
            <numerusform>  ·  %n варианта</numerusform>
            <numerusform>  ·  %n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Распродано</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Asked by</source>
        <translation>Спросил</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>закреплён</translation>
    </message>
    <message>
        <source>on stream</source>
        <translation>в эфире</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Feature on stream</source>
        <translation>Показать в эфире</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Changing question %1</source>
        <translation>Изменение вопроса %1</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>price: a price cannot be negative</source>
        <translation>цена: цена не может быть отрицательной</translation>
    </message>
    <message>
        <source>stock: the stock cannot go below zero</source>
        <translation>остаток: остаток не может быть меньше нуля</translation>
    </message>
    <message>
        <source>stock: a product with variants has the stock of its variants: edit a variant</source>
        <translation>остаток: у товара с вариантами остаток складывается из вариантов — измените вариант</translation>
    </message>
    <message>
        <source>the product is gone: someone deleted it</source>
        <translation>товара больше нет: кто-то его удалил</translation>
    </message>
    <message>
        <source>the variant %1 is gone</source>
        <translation>варианта %1 больше нет</translation>
    </message>
    <message>
        <source>title: a product needs a title</source>
        <translation>название: у товара должно быть название</translation>
    </message>
    <message>
        <source>SKU: a product needs a SKU</source>
        <translation>артикул: у товара должен быть артикул</translation>
    </message>
    <message>
        <source>SKU: a product&apos;s SKU stays %1</source>
        <translation>артикул: артикул товара остаётся %1</translation>
    </message>
    <message>
        <source>SKU: another product has the SKU %1 already</source>
        <translation>артикул: артикул %1 уже есть у другого товара</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; is not a code: letters and digits, at most 12</source>
        <translation>код: &apos;%1&apos; — не код: буквы и цифры, не больше 12</translation>
    </message>
    <message>
        <source>code: another product has the code %1 already</source>
        <translation>код: код %1 уже есть у другого товара</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is on another variant too</source>
        <translation>вариант %1, артикул: %2 есть и у другого варианта</translation>
    </message>
    <message>
        <source>variant %1: give its option, e.g. M / Blue</source>
        <translation>вариант %1: укажите его опцию, например M / Синий</translation>
    </message>
    <message>
        <source>variant %1, stock: the stock cannot go below zero</source>
        <translation>вариант %1, остаток: остаток не может быть меньше нуля</translation>
    </message>
    <message>
        <source>variant %1, SKU: %2 is a variant of %3 already</source>
        <translation>вариант %1, артикул: %2 уже вариант товара %3</translation>
    </message>
    <message>
        <source>variants: %1 has orders, so it cannot be removed</source>
        <translation>варианты: по %1 есть заказы, поэтому его нельзя удалить</translation>
    </message>
    <message>
        <source>a Pix key is 1 to 77 characters without spaces (CPF, CNPJ, e-mail, +55 phone or random key)</source>
        <translation>ключ Pix — от 1 до 77 символов без пробелов (CPF, CNPJ, e-mail, телефон +55 или случайный ключ)</translation>
    </message>
    <message>
        <source>the receiver&apos;s name, up to %1 letters (accents are dropped)</source>
        <translation>имя получателя, не больше %1 букв (диакритика отбрасывается)</translation>
    </message>
    <message>
        <source>the receiver&apos;s city, up to %1 letters (accents are dropped)</source>
        <translation>город получателя, не больше %1 букв (диакритика отбрасывается)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: whole minutes from 0 (no hold) to %2</source>
        <translation>&apos;%1&apos;: целое число минут от 0 (без резерва) до %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write a code and an amount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;</source>
        <translation>&apos;%1&apos;: напишите код и сумму, например &apos;LIVE10 10%&apos; или &apos;LIVE5 5.00&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a percent is more than 0 and at most 100</source>
        <translation>&apos;%1&apos;: процент должен быть больше 0 и не больше 100</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the amount off must be more than 0</source>
        <translation>&apos;%1&apos;: скидка должна быть больше 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write an amount such as 15 or 15.90</source>
        <translation>&apos;%1&apos;: напишите сумму, например 15 или 15.90</translation>
    </message>
    <message>
        <source>no cart %1</source>
        <translation>корзины %1 нет</translation>
    </message>
    <message>
        <source>no cart %1 (see `vitrina carts`)</source>
        <translation>корзины %1 нет (см. `vitrina carts`)</translation>
    </message>
    <message>
        <source>cart %1 is %2: nothing in it can become %3</source>
        <translation>корзина %1 в состоянии «%2»: ничто в ней не может перейти в «%3»</translation>
    </message>
    <message>
        <source>cart %1: %2</source>
        <translation>корзина %1: %2</translation>
    </message>
    <message>
        <source>%1 is not below the price, %2</source>
        <translation>%1 — не ниже цены %2</translation>
    </message>
    <message>
        <source>a flash sale lasts from a few seconds to a day, not %1 minutes</source>
        <translation>флеш-распродажа длится от нескольких секунд до суток, а не %1 мин.</translation>
    </message>
    <message>
        <source>a flash-sale price cannot be negative</source>
        <translation>цена флеш-распродажи не может быть отрицательной</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a keyword: use one word of 2 to 30 letters or digits</source>
        <translation>&apos;%1&apos; не может быть ключевым словом: нужно одно слово из 2–30 букв или цифр</translation>
    </message>
    <message>
        <source>a giveaway takes entries from a few seconds to a day, not %1 minutes</source>
        <translation>розыгрыш принимает участников от нескольких секунд до суток, а не %1 мин.</translation>
    </message>
    <message>
        <source>nobody has entered yet</source>
        <translation>пока никто не участвует</translation>
    </message>
    <message>
        <source>giveaway %1 has not been drawn</source>
        <translation>розыгрыш %1 ещё не проведён</translation>
    </message>
    <message>
        <source>giveaway %1: the seed draws %2, but %3 was recorded: the entries changed after the draw</source>
        <translation>розыгрыш %1: зерно выбирает %2, но записан %3 — участники изменились после розыгрыша</translation>
    </message>
    <message>
        <source>show %1 has had no giveaway</source>
        <translation>в эфире %1 не было розыгрыша</translation>
    </message>
    <message>
        <source>giveaway %1 was drawn already; `vitrina giveaway verify %1` replays it</source>
        <translation>розыгрыш %1 уже проведён; `vitrina giveaway verify %1` повторит его</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should read like &apos;en: sold, mine&apos;</source>
        <translation>&apos;%1&apos; должно выглядеть как &apos;ru: беру, моё&apos;</translation>
    </message>
    <message>
        <source>give one word, phrase or user, not an empty or multi-line text</source>
        <translation>укажите одно слово, фразу или пользователя, а не пустой или многострочный текст</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a PayPal.Me name is 1 to 20 letters and digits</source>
        <translation>&apos;%1&apos;: имя PayPal.Me — от 1 до 20 букв и цифр</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: it must start with https:// or http://</source>
        <translation>&apos;%1&apos;: должно начинаться с https:// или http://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a { or } without its pair (%2)</source>
        <translation>&apos;%1&apos;: { или } без пары (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of %3</source>
        <translation>&apos;%1&apos;: %2 — не из %3</translation>
    </message>
    <message>
        <source>Pix field %1 is %2 characters; at most 99 fit</source>
        <translation>поле Pix %1 — %2 символов; помещается не больше 99</translation>
    </message>
    <message>
        <source>pix_key is not set</source>
        <translation>pix_key не задан</translation>
    </message>
    <message>
        <source>pix_name and pix_city must both be set (plain letters)</source>
        <translation>pix_name и pix_city должны быть заданы оба (латинские буквы)</translation>
    </message>
    <message>
        <source>a Pix txid is up to %1 letters and digits, not &apos;%2&apos;</source>
        <translation>txid Pix — не больше %1 букв и цифр, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a Pix amount must be more than 0</source>
        <translation>сумма Pix должна быть больше 0</translation>
    </message>
    <message>
        <source>a poll needs a question and options that are not empty</source>
        <translation>опросу нужны вопрос и непустые варианты ответа</translation>
    </message>
    <message>
        <source>a poll has 2 to %1 options, not %2</source>
        <translation>в опросе от 2 до %1 вариантов, а не %2</translation>
    </message>
    <message>
        <source>a poll is open from a few seconds to a day, not %1 minutes</source>
        <translation>опрос открыт от нескольких секунд до суток, а не %1 мин.</translation>
    </message>
    <message>
        <source>there is no poll %1</source>
        <translation>опроса %1 нет</translation>
    </message>
    <message>
        <source>show %1 has had no poll</source>
        <translation>в эфире %1 не было опроса</translation>
    </message>
    <message>
        <source>a pre-order cap is 1 to %1 units, not %2</source>
        <translation>лимит предзаказа — от 1 до %1 шт., а не %2</translation>
    </message>
    <message>
        <source>--ships &apos;%1&apos;: write the date as YYYY-MM-DD, e.g. 2026-12-12</source>
        <translation>--ships &apos;%1&apos;: напишите дату как ГГГГ-ММ-ДД, например 2026-12-12</translation>
    </message>
    <message>
        <source>destination %1 has no stream key: set %2, or remove it and add it again with its key</source>
        <translation>у назначения %1 нет ключа трансляции: задайте %2 или удалите его и добавьте снова с ключом</translation>
    </message>
    <message>
        <source>destination %1 is named twice</source>
        <translation>назначение %1 указано дважды</translation>
    </message>
    <message>
        <source>destination %1 is disabled (`vitrina destinations enable %2` turns it on)</source>
        <translation>назначение %1 отключено (`vitrina destinations enable %2` включит его)</translation>
    </message>
    <message>
        <source>name %1: no destination by that name (see `vitrina destinations list`)</source>
        <translation>имя %1: назначения с таким именем нет (см. `vitrina destinations list`)</translation>
    </message>
    <message>
        <source>name %1: a destination by that name exists; remove it first</source>
        <translation>имя %1: назначение с таким именем уже есть; сначала удалите его</translation>
    </message>
    <message>
        <source>name %1: its key would come from %2, as %3&apos;s does; choose another name</source>
        <translation>имя %1: его ключ брался бы из %2, как у %3; выберите другое имя</translation>
    </message>
    <message>
        <source>name: empty; give the destination a name, e.g. youtube</source>
        <translation>имя: пусто; дайте назначению имя, например youtube</translation>
    </message>
    <message>
        <source>name %1: has a control character; use letters, digits, spaces and punctuation</source>
        <translation>имя %1: есть управляющий символ; используйте буквы, цифры, пробелы и знаки препинания</translation>
    </message>
    <message>
        <source>name: %1 characters long; at most %2</source>
        <translation>имя: %1 символов; не больше %2</translation>
    </message>
    <message>
        <source>url: empty; give the server&apos;s address, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: пусто; укажите адрес сервера, например rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: %1 characters long; at most %2</source>
        <translation>URL: %1 символов; не больше %2</translation>
    </message>
    <message>
        <source>url: has a space or a control character</source>
        <translation>URL: есть пробел или управляющий символ</translation>
    </message>
    <message>
        <source>url: not an address (check the brackets around an IPv6 address)</source>
        <translation>URL: это не адрес (проверьте квадратные скобки вокруг адреса IPv6)</translation>
    </message>
    <message>
        <source>url: starts with no scheme; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL: нет схемы в начале; используйте rtmp:// или rtmps:// для RTMP, http:// или https:// для точки WHIP</translation>
    </message>
    <message>
        <source>url: starts with %1; use rtmp:// or rtmps:// for RTMP, http:// or https:// for a WHIP endpoint</source>
        <translation>URL: начинается с %1; используйте rtmp:// или rtmps:// для RTMP, http:// или https:// для точки WHIP</translation>
    </message>
    <message>
        <source>url: has a #fragment; a server&apos;s address has none</source>
        <translation>URL: есть #фрагмент; в адресе сервера его не бывает</translation>
    </message>
    <message>
        <source>url: an RTMP server&apos;s address has no ?query; the key is read apart from it</source>
        <translation>URL: в адресе RTMP-сервера нет ?запроса; ключ указывается отдельно</translation>
    </message>
    <message>
        <source>url: name the server&apos;s application too, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: укажите и приложение сервера, например rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: has a user name or password in it; the key is read apart from the address</source>
        <translation>URL: в нём имя пользователя или пароль; ключ указывается отдельно от адреса</translation>
    </message>
    <message>
        <source>url: has no server name, e.g. rtmp://a.rtmp.youtube.com/live2</source>
        <translation>URL: нет имени сервера, например rtmp://a.rtmp.youtube.com/live2</translation>
    </message>
    <message>
        <source>url: the port must be a number from 1 to 65535</source>
        <translation>URL: порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <source>key: empty; an RTMP destination needs its stream key</source>
        <translation>ключ: пусто; назначению RTMP нужен ключ трансляции</translation>
    </message>
    <message>
        <source>key: %1 characters long; at most %2</source>
        <translation>ключ: %1 символов; не больше %2</translation>
    </message>
    <message>
        <source>token: %1 characters long; at most %2</source>
        <translation>токен: %1 символов; не больше %2</translation>
    </message>
    <message>
        <source>key: has a space or a control character</source>
        <translation>ключ: есть пробел или управляющий символ</translation>
    </message>
    <message>
        <source>token: has a space or a control character</source>
        <translation>токен: есть пробел или управляющий символ</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>валюта: %1</translation>
    </message>
    <message>
        <source>money format: %1</source>
        <translation>формат денег: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known locale</source>
        <translation>&apos;%1&apos; — неизвестная локаль</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation>&apos;%1&apos; — отрицательное число</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price</source>
        <translation>&apos;%1&apos; — не цена</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 has no minor unit</source>
        <translation>в &apos;%1&apos; есть дробная часть, но у %2 нет разменной единицы</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals</source>
        <translation>в &apos;%1&apos; больше %2 знаков после запятой</translation>
    </message>
    <message>
        <source>give the address to listen on, e.g. %1 (this machine only)</source>
        <translation>укажите адрес для приёма подключений, например %1 (только этот компьютер)</translation>
    </message>
    <message>
        <source>%1 is not an address: write an IP address or a host name</source>
        <translation>%1 — не адрес: напишите IP-адрес или имя хоста</translation>
    </message>
    <message>
        <source>%1 is not a port: choose a number from 1 to 65535 (%2 is the one tools try first)</source>
        <translation>%1 — не порт: выберите число от 1 до 65535 (%2 программы пробуют первым)</translation>
    </message>
    <message>
        <source>%1 is neither %2 (on) nor %3 (off)</source>
        <translation>%1 — ни %2 (вкл.), ни %3 (выкл.)</translation>
    </message>
    <message>
        <source>line %1, %2: write a page&apos;s origin as scheme://host[:port], e.g. https://deck.example</source>
        <translation>строка %1, %2: запишите источник страницы как схема://хост[:порт], например https://deck.example</translation>
    </message>
    <message>
        <source>a password is required when listening beyond this machine (%1): anyone on the network could take over the show</source>
        <translation>пароль обязателен, когда подключения принимаются не только с этого компьютера (%1): любой в сети мог бы перехватить эфир</translation>
    </message>
    <message>
        <source>remote port %1: choose a port from 1 to 65535</source>
        <translation>порт удалённого управления %1: выберите порт от 1 до 65535</translation>
    </message>
    <message>
        <source>remote host %1: without a password, remote control listens only on this machine (127.0.0.1); anyone on the network could take over the show</source>
        <translation>хост удалённого управления %1: без пароля удалённое управление принимает подключения только с этого компьютера (127.0.0.1); любой в сети мог бы перехватить эфир</translation>
    </message>
    <message>
        <source>remote allowed origin %1: write it as scheme://host[:port], e.g. https://deck.example</source>
        <translation>разрешённый источник %1: запишите его как схема://хост[:порт], например https://deck.example</translation>
    </message>
    <message>
        <source>--remote %1: give [HOST:]PORT with a port from 1 to 65535, e.g. 4455</source>
        <translation>--remote %1: укажите [ХОСТ:]ПОРТ с портом от 1 до 65535, например 4455</translation>
    </message>
    <message>
        <source>--remote %1: the host before the port is empty</source>
        <translation>--remote %1: хост перед портом пуст</translation>
    </message>
    <message>
        <source>--size %1</source>
        <translation>--size %1</translation>
    </message>
    <message>
        <source>%1: write it as WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>%1: запишите как ШИРИНАxВЫСОТА, например 1280x720</translation>
    </message>
    <message>
        <source>%1: width and height must be even, from 64x64 to 7680x4320</source>
        <translation>%1: ширина и высота должны быть чётными, от 64x64 до 7680x4320</translation>
    </message>
    <message>
        <source>--fps %1</source>
        <translation>--fps %1</translation>
    </message>
    <message>
        <source>%1: choose %2 or %3</source>
        <translation>%1: выберите %2 или %3</translation>
    </message>
    <message>
        <source>--rtmp %1: the address must start with rtmp:// or rtmps://</source>
        <translation>--rtmp %1: адрес должен начинаться с rtmp:// или rtmps://</translation>
    </message>
    <message>
        <source>--rtmp %1: the address has no server name</source>
        <translation>--rtmp %1: в адресе нет имени сервера</translation>
    </message>
    <message>
        <source>--rtmp %1: the address needs an application and a stream key, e.g. rtmp://host/live/KEY</source>
        <translation>--rtmp %1: в адресе нужны приложение и ключ трансляции, например rtmp://host/live/КЛЮЧ</translation>
    </message>
    <message>
        <source>--record %1: record to a .mkv or .mp4 file</source>
        <translation>--record %1: запись идёт в файл .mkv или .mp4</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 does not exist</source>
        <translation>--record %1: папки %2 нет</translation>
    </message>
    <message>
        <source>--record %1: the folder %2 cannot be written to</source>
        <translation>--record %1: в папку %2 нельзя записывать</translation>
    </message>
    <message>
        <source>--record %1: that is a folder</source>
        <translation>--record %1: это папка</translation>
    </message>
    <message>
        <source>--whip %1: a WHIP endpoint is an http:// or https:// address</source>
        <translation>--whip %1: точка WHIP — это адрес http:// или https://</translation>
    </message>
    <message>
        <source>%1 %2: the address must not contain spaces or control characters</source>
        <translation>%1 %2: в адресе не должно быть пробелов и управляющих символов</translation>
    </message>
    <message>
        <source>%1 %2: the server name is not valid</source>
        <translation>%1 %2: недопустимое имя сервера</translation>
    </message>
    <message>
        <source>%1 %2: the port must be a number from 1 to 65535</source>
        <translation>%1 %2: порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <source>a scene needs a name</source>
        <translation>у сцены должно быть имя</translation>
    </message>
    <message>
        <source>a scene name has at most %1 characters, not %2</source>
        <translation>в имени сцены не больше %1 символов, а не %2</translation>
    </message>
    <message>
        <source>%1 is the only scene: a show needs one, so add another first</source>
        <translation>%1 — единственная сцена: эфиру нужна хотя бы одна, поэтому сначала добавьте другую</translation>
    </message>
    <message>
        <source>%1 has %2 layers: there is no layer %3</source>
        <translation>в %1 слоёв: %2, слоя %3 нет</translation>
    </message>
    <message>
        <source>there is a scene called %1 already: choose another name</source>
        <translation>сцена %1 уже есть: выберите другое имя</translation>
    </message>
    <message>
        <source>there is no scene called %1</source>
        <translation>сцены %1 нет</translation>
    </message>
    <message>
        <source>%1: no such setting; there are %2</source>
        <translation>%1: такого параметра нет; есть %2</translation>
    </message>
    <message>
        <source>%1 (H.264 halves the colour both ways, so odd sizes cannot be encoded)</source>
        <translation>%1 (H.264 вдвое уменьшает цвет по обеим осям, поэтому нечётные размеры закодировать нельзя)</translation>
    </message>
    <message>
        <source>%1 is not a bitrate: give kbit/s from %2 to %3, e.g. 3000</source>
        <translation>%1 — не битрейт: укажите кбит/с от %2 до %3, например 3000</translation>
    </message>
    <message>
        <source>%1: give the gain in dB from %2 to +%3, e.g. 0</source>
        <translation>%1: укажите усиление в дБ от %2 до +%3, например 0</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>файла %1 нет</translation>
    </message>
    <message>
        <source>%1: choose tone, none, a microphone (mic or mic:DEVICE) or file:PATH</source>
        <translation>%1: выберите tone, none, микрофон (mic или mic:УСТРОЙСТВО) или file:ПУТЬ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>строка %1, %2: %3</translation>
    </message>
    <message>
        <source>line %1: the rehearsal audience comes with a rehearsal only, never to a show</source>
        <translation>строка %1: репетиционная аудитория бывает только на репетиции, никогда в эфире</translation>
    </message>
    <message>
        <source>%1 is not an address: no spaces or control characters, at most %2</source>
        <translation>%1 — не адрес: без пробелов и управляющих символов, не длиннее %2</translation>
    </message>
    <message>
        <source>%1 is not an address: check the server name and port</source>
        <translation>%1 — не адрес: проверьте имя сервера и порт</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it as https://shop.example/checkout</source>
        <translation>%1 — не веб-адрес: запишите его как https://shop.example/checkout</translation>
    </message>
    <message>
        <source>%1 is not a colour: write it as #rrggbb, e.g. #6c2bd9</source>
        <translation>%1 — не цвет: запишите его как #rrggbb, например #6c2bd9</translation>
    </message>
    <message>
        <source>%1: choose a PNG, JPEG or WebP picture</source>
        <translation>%1: выберите изображение PNG, JPEG или WebP</translation>
    </message>
    <message>
        <source>%1 characters long; at most %2</source>
        <translation>%1 символов; не больше %2</translation>
    </message>
    <message>
        <source>has a space or a control character; paste the key alone</source>
        <translation>есть пробел или управляющий символ; вставьте только ключ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 — не из %3</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code, e.g. EUR</source>
        <translation>%1 — не код валюты ISO 4217, например EUR</translation>
    </message>
    <message>
        <source>%1 is not a known locale, e.g. pt_BR or en_US</source>
        <translation>%1 — неизвестная локаль, например ru_RU или en_US</translation>
    </message>
    <message>
        <source>%1: a secret is read from the keyring, never the store</source>
        <translation>%1: секрет читается из связки ключей, а не из хранилища</translation>
    </message>
    <message>
        <source>%1: there is no system keyring here to keep it in; set %2 in the environment of the session instead</source>
        <translation>%1: здесь нет системной связки ключей, чтобы его сохранить; задайте %2 в окружении сеанса</translation>
    </message>
    <message>
        <source>%1: the system keyring refused it (see the log)</source>
        <translation>%1: системная связка ключей отказала (см. журнал)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cart %1 is in %2; Pix takes BRL only</source>
        <translation>корзина %1 в %2; Pix принимает только BRL</translation>
    </message>
    <message>
        <source>cart %1 has nothing to pay</source>
        <translation>в корзине %1 нечего оплачивать</translation>
    </message>
    <message>
        <source>remote password: there is no system keyring to keep one in; set %1</source>
        <translation>пароль удалённого управления: нет системной связки ключей, чтобы его хранить; задайте %1</translation>
    </message>
    <message>
        <source>remote password: a password is required (or turn it off, on this machine only)</source>
        <translation>пароль удалённого управления: нужен пароль (или отключите его — только для этого компьютера)</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>зарезервировано</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачено</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>не оплачено</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>заказа %1 нет</translation>
    </message>
    <message>
        <source>order %1 is %2; it cannot become %3</source>
        <translation>заказ %1 в состоянии «%2»; он не может перейти в «%3»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; — не из %2</translation>
    </message>
    <message>
        <source>message %1 is not a question</source>
        <translation>сообщение %1 — не вопрос</translation>
    </message>
    <message>
        <source>no show %1</source>
        <translation>эфира %1 нет</translation>
    </message>
    <message>
        <source>gain %1 dB: choose from %2 to +%3 dB</source>
        <translation>усиление %1 дБ: выберите от %2 до +%3 дБ</translation>
    </message>
    <message>
        <source>audio input %1: no such input (there are: %2)</source>
        <translation>аудиовход %1: такого входа нет (есть: %2)</translation>
    </message>
    <message>
        <source>--pin %1: no product has that code (see `vitrina products`)</source>
        <translation>--pin %1: нет товара с таким кодом (см. `vitrina products`)</translation>
    </message>
    <message>
        <source>%1 %2: no such scene; there are %3</source>
        <translation>%1 %2: такой сцены нет; есть %3</translation>
    </message>
    <message>
        <source>--chat %1: the rehearsal audience only comes to a rehearsal (--rehearsal): its orders would mix with real ones</source>
        <translation>--chat %1: репетиционная аудитория приходит только на репетицию (--rehearsal): её заказы смешались бы с настоящими</translation>
    </message>
    <message>
        <source>--source %1</source>
        <translation>--source %1</translation>
    </message>
    <message>
        <source>--audio %1: there is no file %2</source>
        <translation>--audio %1: файла %2 нет</translation>
    </message>
    <message>
        <source>--audio %1</source>
        <translation>--audio %1</translation>
    </message>
    <message>
        <source>--audio %1: use tone, none, mic[:DEVICE] or file:PATH</source>
        <translation>--audio %1: используйте tone, none, mic[:УСТРОЙСТВО] или file:ПУТЬ</translation>
    </message>
    <message>
        <source>a rehearsal publishes nothing: end it and open the show to go live</source>
        <translation>репетиция ничего не публикует: завершите её и откройте эфир, чтобы выйти в эфир</translation>
    </message>
    <message>
        <source>already recording to %1</source>
        <translation>запись уже идёт в %1</translation>
    </message>
    <message>
        <source>the scene %1 has no layer %2 (it has %3)</source>
        <translation>в сцене %1 нет слоя %2 (слоёв: %3)</translation>
    </message>
    <message>
        <source>turn studio mode on to prepare a scene in preview</source>
        <translation>включите режим студии, чтобы подготовить сцену в предпросмотре</translation>
    </message>
    <message>
        <source>a transition takes the preview to program: turn studio mode on first</source>
        <translation>переход выводит предпросмотр в эфир: сначала включите режим студии</translation>
    </message>
    <message>
        <source>the show is not open</source>
        <translation>эфир не открыт</translation>
    </message>
    <message>
        <source>--show last: there has been no show yet (start one with `vitrina run`)</source>
        <translation>--show last: эфиров ещё не было (начните с `vitrina run`)</translation>
    </message>
    <message>
        <source>--show %1: no such show</source>
        <translation>--show %1: такого эфира нет</translation>
    </message>
    <message>
        <source>--viewers %1</source>
        <translation>--viewers %1</translation>
    </message>
    <message>
        <source>%1: use youtube:VIDEO_ID or twitch:LOGIN</source>
        <translation>%1: используйте youtube:VIDEO_ID или twitch:LOGIN</translation>
    </message>
    <message>
        <source>%1: give the live video&apos;s id, e.g. youtube:dQw4w9WgXcQ</source>
        <translation>%1: укажите id прямой трансляции, например youtube:dQw4w9WgXcQ</translation>
    </message>
    <message>
        <source>%1: give the channel&apos;s login, e.g. twitch:myshop</source>
        <translation>%1: укажите логин канала, например twitch:myshop</translation>
    </message>
    <message>
        <source>%1: the rehearsal rate is messages per second, from %2 to %3</source>
        <translation>%1: темп репетиции задаётся в сообщениях в секунду, от %2 до %3</translation>
    </message>
    <message>
        <source>%1: the ingest port is a number from %2 to %3</source>
        <translation>%1: порт приёма — число от %2 до %3</translation>
    </message>
    <message>
        <source>%1: the ingest socket needs a token: set VITRINA_INGEST_TOKEN (or store one in the system keyring as vitrina/ingest)</source>
        <translation>%1: сокету приёма нужен токен: задайте VITRINA_INGEST_TOKEN (или сохраните его в системной связке ключей как vitrina/ingest)</translation>
    </message>
    <message>
        <source>%1: give the live chat&apos;s id, e.g. youtube:Cg0KC2FiY2RlZmdoaWpr</source>
        <translation>%1: укажите id чата трансляции, например youtube:Cg0KC2FiY2RlZmdoaWpr</translation>
    </message>
    <message>
        <source>%1: use irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] or rehearsal[:MESSAGES_PER_SECOND]</source>
        <translation>%1: используйте irc://HOST:PORT/#CHANNEL, ircs://..., twitch:CHANNEL, youtube:LIVE_CHAT_ID, ingest[:PORT] или rehearsal[:MESSAGES_PER_SECOND]</translation>
    </message>
    <message>
        <source>--chat %1</source>
        <translation>--chat %1</translation>
    </message>
    <message>
        <source>%1: name the Twitch channel, e.g. twitch:myshop</source>
        <translation>%1: укажите канал Twitch, например twitch:myshop</translation>
    </message>
    <message>
        <source>%1: write irc://HOST:PORT/#CHANNEL, ircs://... or twitch:CHANNEL</source>
        <translation>%1: напишите irc://HOST:PORT/#CHANNEL, ircs://... или twitch:CHANNEL</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation>CSV повреждён: %1</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns (a comma inside a value that is not in quotes?)</source>
        <translation>ячеек: %1, а в заголовке столбцов: %2 (запятая внутри значения без кавычек?)</translation>
    </message>
    <message>
        <source>a price is required</source>
        <translation>нужна цена</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of units</source>
        <translation>&apos;%1&apos; — не целое число единиц</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: stock cannot go below zero</source>
        <translation>&apos;%1&apos; — отрицательное число: остаток не может быть меньше нуля</translation>
    </message>
    <message>
        <source>the sku is empty</source>
        <translation>SKU не указан</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>название не указано</translation>
    </message>
    <message>
        <source>the price has no currency: %1</source>
        <translation>у цены нет валюты: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code: use 1 to 12 letters and digits, like A12</source>
        <translation>&apos;%1&apos; — не код: используйте от 1 до 12 букв и цифр, например A12</translation>
    </message>
    <message>
        <source>the %1 format needs the column &apos;%2&apos;</source>
        <translation>формату %1 нужен столбец &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>в файле есть заголовок, но нет товаров</translation>
    </message>
    <message>
        <source>the header is neither a Shopify product export (Handle, Title, Variant Price, ...) nor a product sheet (sku, title, price, ...)</source>
        <translation>заголовок не похож ни на выгрузку товаров Shopify (Handle, Title, Variant Price, ...), ни на таблицу товаров (sku, title, price, ...)</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already appears on line %2</source>
        <translation>&apos;%1&apos; уже есть в строке %2</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; belongs to product &apos;%2&apos; already</source>
        <translation>код &apos;%1&apos; уже принадлежит товару &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the code &apos;%1&apos; is also on line %2</source>
        <translation>код &apos;%1&apos; есть и в строке %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a variant of product &apos;%2&apos; already</source>
        <translation>&apos;%1&apos; уже вариант товара &apos;%2&apos;</translation>
    </message>
    <message>
        <source>give --currency CODE, or set the store&apos;s currency with `vitrina settings currency CODE`</source>
        <translation>укажите --currency КОД или задайте валюту магазина командой `vitrina settings currency КОД`</translation>
    </message>
    <message>
        <source>Shopify exports carry no currency: %1</source>
        <translation>в выгрузках Shopify нет валюты: %1</translation>
    </message>
    <message>
        <source>the Handle is empty</source>
        <translation>Handle не указан</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no title on its first row</source>
        <translation>у товара &apos;%1&apos; нет названия в первой строке</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; has no variant row with a price</source>
        <translation>у товара &apos;%1&apos; нет строки варианта с ценой</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; already has the variant &apos;%2&apos; on line %3</source>
        <translation>у товара &apos;%1&apos; уже есть вариант &apos;%2&apos; в строке %3</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: on the card&apos;s panel it has a contrast of %2:1 over some pictures, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 плохо читается в эфире: на панели карточки контраст %2:1 на некоторых изображениях, а нужно не меньше %3:1; выберите цвет темнее или насыщеннее</translation>
    </message>
    <message>
        <source>%1 is hard to read on stream: white text on it has a contrast of %2:1, and at least %3:1 is needed; choose a darker or deeper colour</source>
        <translation>%1 плохо читается в эфире: у белого текста на нём контраст %2:1, а нужно не меньше %3:1; выберите цвет темнее или насыщеннее</translation>
    </message>
    <message>
        <source>removed by a moderator</source>
        <translation>удалено модератором</translation>
    </message>
    <message>
        <source>a quantity must be 1 to %1</source>
        <translation>количество должно быть от 1 до %1</translation>
    </message>
    <message>
        <source>no product has the code %1</source>
        <translation>нет товара с кодом %1</translation>
    </message>
    <message>
        <source>no product code</source>
        <translation>нет кода товара</translation>
    </message>
    <message>
        <source>which %1?</source>
        <translation>уточните: %1</translation>
    </message>
    <message>
        <source>which variant?</source>
        <translation>какой вариант?</translation>
    </message>
    <message>
        <source>which %1? (&apos;%2&apos; is not one of %3&apos;s)</source>
        <translation>уточните: %1 (у %3 нет &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>which variant? (&apos;%1&apos; is not one of %2&apos;s)</source>
        <translation>какой вариант? (у %2 нет &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>у %1 нет %2</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <translation>уточните: %1 — %2</translation>
    </message>
    <message>
        <source>which variant? %1</source>
        <translation>какой вариант? %1</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Let remote-control tools drive the show (obs-websocket 5)</source>
        <translation>Разрешить инструментам удалённого управления вести эфир (obs-websocket 5)</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Требовать пароль</translation>
    </message>
    <message>
        <source>https://deck.example (one per line)</source>
        <translation>https://deck.example (по одной в строке)</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Чтение настроек…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Страницы браузера с доступом</translation>
    </message>
    <message>
        <source>A web page open in your browser can reach remote control too: it is refused unless its origin is listed here</source>
        <translation>Страница, открытая в браузере, тоже может обратиться к удалённому управлению: она будет отклонена, если её источника нет в списке</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Удалённое управление</translation>
    </message>
    <message>
        <source>The settings could not be read: {reason}</source>
        <translation>Не удалось прочитать настройки: {reason}</translation>
    </message>
    <message>
        <source>Always required when listening beyond this machine ({host}): anyone on the network could take over the show</source>
        <translation>Обязателен, если доступ открыт не только с этого компьютера ({host}): иначе любой в сети сможет управлять эфиром</translation>
    </message>
    <message>
        <source>Without a password, any web page open in this computer&apos;s browser can switch scenes, go live or end the show. Turn it off only if you know why.</source>
        <translation>Без пароля любая страница в браузере этого компьютера может переключать сцены, начинать или завершать эфир. Отключайте, только если понимаете зачем.</translation>
    </message>
    <message>
        <source>Tools connect to {url}</source>
        <translation>Инструменты подключаются к {url}</translation>
    </message>
    <message>
        <source>Tools connect to the address and port above</source>
        <translation>Инструменты подключаются к адресу и порту выше</translation>
    </message>
    <message>
        <source>Still reading the settings: try OK again in a moment</source>
        <translation>Настройки ещё читаются: нажмите «ОК» чуть позже</translation>
    </message>
</context>
<context>
    <name>ReplyWords</name>
    <message>
        <source>reserved</source>
        <comment>reply: the item is the buyer&apos;s</comment>
        <translation>забронировано</translation>
    </message>
    <message>
        <source>pre-order</source>
        <comment>reply: the item is ordered before it is in stock</comment>
        <translation>предзаказ</translation>
    </message>
    <message>
        <source>reminder</source>
        <comment>reply: a cart still waits for payment</comment>
        <translation>напоминание</translation>
    </message>
    <message>
        <source>cart</source>
        <comment>reply: before the cart&apos;s code</comment>
        <translation>корзина</translation>
    </message>
    <message>
        <source>total</source>
        <comment>reply: before the cart&apos;s total</comment>
        <translation>итого</translation>
    </message>
    <message>
        <source>pay</source>
        <comment>reply: before the payment link</comment>
        <translation>оплата</translation>
    </message>
    <message>
        <source>held until %1</source>
        <comment>reply: the reservation lasts until a time of day</comment>
        <translation>держим до %1</translation>
    </message>
    <message>
        <source>ships %1</source>
        <comment>reply: a pre-order&apos;s shipping date</comment>
        <translation>отправка %1</translation>
    </message>
    <message>
        <source>your cart is waiting for payment</source>
        <translation>корзина ждёт оплаты</translation>
    </message>
    <message>
        <source>%1 is sold out: you are #%2 on the waitlist</source>
        <comment>reply: the item, the place in line</comment>
        <translation>%1 раскупили: вы %2-й в листе ожидания</translation>
    </message>
    <message>
        <source>sold out, you are on the waitlist</source>
        <comment>reply said once to several buyers</comment>
        <translation>раскупили, вы в листе ожидания</translation>
    </message>
    <message>
        <source>%1 is sold out</source>
        <comment>reply: the item</comment>
        <translation>%1 раскупили</translation>
    </message>
    <message>
        <source>sold out</source>
        <comment>reply said once to several buyers</comment>
        <translation>раскупили</translation>
    </message>
    <message>
        <source>the hold on %1 ran out: it is released</source>
        <comment>reply: the item</comment>
        <translation>бронь на %1 истекла: товар снова в продаже</translation>
    </message>
    <message>
        <source>your hold ran out, the item is released</source>
        <comment>reply said once to several buyers</comment>
        <translation>ваша бронь истекла, товар снова в продаже</translation>
    </message>
    <message>
        <source>which %1? %2</source>
        <comment>reply: the product code, then its choices</comment>
        <translation>какой %1? %2</translation>
    </message>
</context>
<context>
    <name>SceneEditing</name>
    <message>
        <source>Add scene</source>
        <translation>Добавить сцену</translation>
    </message>
    <message>
        <source>Name of the new scene:</source>
        <translation>Название новой сцены:</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Сцена</translation>
    </message>
    <message>
        <source>Rename scene</source>
        <translation>Переименовать сцену</translation>
    </message>
    <message>
        <source>New name for the scene:</source>
        <translation>Новое название сцены:</translation>
    </message>
    <message>
        <source>Duplicate scene</source>
        <translation>Дублировать сцену</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Название копии:</translation>
    </message>
    <message>
        <source>“%1” is on program: put another scene on program to delete it</source>
        <translation>«%1» в программе: выведите в программу другую сцену, чтобы удалить эту</translation>
    </message>
    <message>
        <source>“%1” is in preview: prepare another scene to delete it</source>
        <translation>«%1» в превью: подготовьте другую сцену, чтобы удалить эту</translation>
    </message>
    <message>
        <source>“%1” is the only scene: a show needs one</source>
        <translation>«%1» — единственная сцена: эфиру нужна хотя бы одна</translation>
    </message>
    <message>
        <source>Delete scene</source>
        <translation>Удалить сцену</translation>
    </message>
    <message>
        <source>Delete the scene “%1” and its layers?</source>
        <translation>Удалить сцену «%1» вместе со слоями?</translation>
    </message>
</context>
<context>
    <name>SceneLayersModel</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Карточка товара</translation>
    </message>
    <message>
        <source>Price ticker</source>
        <translation>Бегущая строка цен</translation>
    </message>
    <message>
        <source>Shown: untick to hide it</source>
        <translation>Показан: снимите отметку, чтобы скрыть</translation>
    </message>
    <message>
        <source>Hidden: tick to show it</source>
        <translation>Скрыт: отметьте, чтобы показать</translation>
    </message>
</context>
<context>
    <name>SceneListModel</name>
    <message>
        <source>On program</source>
        <translation>В программе</translation>
    </message>
    <message>
        <source>In preview</source>
        <translation>В превью</translation>
    </message>
</context>
<context>
    <name>ScenesDock</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add a scene showing the camera</source>
        <translation>Добавить сцену с камерой</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the chosen scene</source>
        <translation>Переименовать выбранную сцену</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <source>Copy the chosen scene and its layers</source>
        <translation>Копировать выбранную сцену со слоями</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the chosen scene up</source>
        <translation>Переместить выбранную сцену вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the chosen scene down</source>
        <translation>Переместить выбранную сцену вниз</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen scene</source>
        <translation>Удалить выбранную сцену</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Layers of %1</source>
        <translation>Слои: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Comes from {variable} in this session&apos;s environment: change it there.</source>
        <translation>Задано в {variable} в окружении этого сеанса: измените там.</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep it in: set {variable} in the environment instead.</source>
        <translation>Здесь нет системной связки ключей: задайте {variable} в окружении.</translation>
    </message>
    <message>
        <source>Kept in the system keyring.</source>
        <translation>Хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>Not set. Kept in the system keyring once saved.</source>
        <translation>Не задано. После сохранения хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>SettingDefinitions</name>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Where the show&apos;s sound comes from: a microphone, a test tone, a file (file:PATH) or none</source>
        <translation>Откуда звук эфира: микрофон, тестовый сигнал, файл (file:PATH) или ничего</translation>
    </message>
    <message>
        <source>The system&apos;s default microphone</source>
        <translation>Микрофон системы по умолчанию</translation>
    </message>
    <message>
        <source>A test tone</source>
        <translation>Тестовый сигнал</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Gain (dB)</source>
        <translation>Усиление (дБ)</translation>
    </message>
    <message>
        <source>Louder or softer than the input gives it, from -60 to +20 dB; 0 leaves it</source>
        <translation>Громче или тише входа, от -60 до +20 дБ; 0 — без изменений</translation>
    </message>
    <message>
        <source>Chats to read</source>
        <translation>Какие чаты читать</translation>
    </message>
    <message>
        <source>One a line: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</source>
        <translation>По одному в строке: twitch:CHANNEL, youtube:LIVE_CHAT_ID, irc://HOST:PORT/#CHANNEL, ircs://..., ingest[:PORT]</translation>
    </message>
    <message>
        <source>Twitch token</source>
        <translation>Токен Twitch</translation>
    </message>
    <message>
        <source>An OAuth token for the channel&apos;s account; without it chat is read anonymously</source>
        <translation>OAuth-токен аккаунта канала; без него чат читается анонимно</translation>
    </message>
    <message>
        <source>YouTube API key</source>
        <translation>Ключ API YouTube</translation>
    </message>
    <message>
        <source>A YouTube Data API key, to read a live chat</source>
        <translation>Ключ YouTube Data API, чтобы читать чат трансляции</translation>
    </message>
    <message>
        <source>YouTube token</source>
        <translation>Токен YouTube</translation>
    </message>
    <message>
        <source>An OAuth token instead of the key, to read the channel&apos;s own private chats</source>
        <translation>OAuth-токен вместо ключа, чтобы читать закрытые чаты своего канала</translation>
    </message>
    <message>
        <source>Chat ingest token</source>
        <translation>Токен входа чата</translation>
    </message>
    <message>
        <source>What a chat bridge must show to the local ingest socket</source>
        <translation>Что мост чата должен предъявить локальному сокету входа</translation>
    </message>
    <message>
        <source>Replies in chat</source>
        <translation>Ответы в чате</translation>
    </message>
    <message>
        <source>on: buy comments are answered in the chat they came from (reserved, waitlist, which variant), within each platform&apos;s message limits</source>
        <translation>on: на комментарии с покупкой отвечают в том же чате (забронировано, лист ожидания, какой вариант), в пределах лимитов каждой площадки</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Viewer counts to read</source>
        <translation>Счётчики зрителей</translation>
    </message>
    <message>
        <source>One a line, asked once a minute while a show runs: youtube:VIDEO_ID (with the key or token above), twitch:LOGIN (with the token and the Client-Id below)</source>
        <translation>По одному в строке, опрашивается раз в минуту во время эфира: youtube:VIDEO_ID (с ключом или токеном выше), twitch:LOGIN (с токеном и Client-Id ниже)</translation>
    </message>
    <message>
        <source>Twitch Client-Id</source>
        <translation>Client-Id Twitch</translation>
    </message>
    <message>
        <source>The Client-Id of the application the Twitch token was made for: Twitch&apos;s API wants it to say how many watch</source>
        <translation>Client-Id приложения, для которого выдан токен Twitch: без него API Twitch не скажет, сколько зрителей</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Цвет темы</translation>
    </message>
    <message>
        <source>The colour of the graphics&apos; bands, prices and bars, as #rrggbb</source>
        <translation>Цвет полос, цен и шкал графики, в виде #rrggbb</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture shown in a corner of the stream</source>
        <translation>Картинка PNG, JPEG или WebP в углу трансляции</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <source>The language of menus, docks and dialogs; the system&apos;s unless chosen</source>
        <translation>Язык меню, панелей и диалогов; системный, если не выбран другой</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Удалённое управление</translation>
    </message>
    <message>
        <source>1 lets obs-websocket 5 tools (Stream Deck, Companion, scripts) drive the show</source>
        <translation>1 — инструменты obs-websocket 5 (Stream Deck, Companion, скрипты) управляют эфиром</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Where tools connect: 127.0.0.1 is this machine only</source>
        <translation>Куда подключаются инструменты: 127.0.0.1 — только этот компьютер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>The port tools connect to; 4455 is the one they try first</source>
        <translation>Порт для инструментов; сначала они пробуют 4455</translation>
    </message>
    <message>
        <source>Require a password</source>
        <translation>Требовать пароль</translation>
    </message>
    <message>
        <source>1 makes each tool give the password; always so beyond this machine</source>
        <translation>1 — каждый инструмент вводит пароль; вне этого компьютера всегда</translation>
    </message>
    <message>
        <source>Browser pages allowed to connect</source>
        <translation>Страницы браузера с доступом</translation>
    </message>
    <message>
        <source>Web pages&apos; origins, one a line, e.g. https://deck.example</source>
        <translation>Источники веб-страниц, по одному в строке, напр. https://deck.example</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>ISO 4217 currency of imported prices that name none, e.g. EUR</source>
        <translation>Валюта ISO 4217 для импортированных цен без валюты, напр. EUR</translation>
    </message>
    <message>
        <source>Money locale</source>
        <translation>Формат сумм</translation>
    </message>
    <message>
        <source>How the show writes money and numbers, e.g. pt_BR</source>
        <translation>Как эфир пишет суммы и числа, напр. pt_BR</translation>
    </message>
    <message>
        <source>Buy keywords</source>
        <translation>Слова покупки</translation>
    </message>
    <message>
        <source>The words that make a comment a purchase, per language, e.g. &apos;en: sold, mine; es: compro&apos;</source>
        <translation>Слова, превращающие комментарий в покупку, по языкам, напр. &apos;en: sold, mine; es: compro&apos;</translation>
    </message>
    <message>
        <source>Checkout link</source>
        <translation>Ссылка на оплату</translation>
    </message>
    <message>
        <source>The shop&apos;s page the QR code opens for a product without a link of its own, e.g. https://shop.example/checkout</source>
        <translation>Страница магазина, которую открывает QR товара без своей ссылки, напр. https://shop.example/checkout</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Холст</translation>
    </message>
    <message>
        <source>The picture&apos;s size, WIDTHxHEIGHT, both even: upright 1080x1920 for TikTok, Reels and Shorts</source>
        <translation>Размер картинки, ШИРИНАxВЫСОТА, оба чётные: вертикально 1080x1920 для TikTok, Reels и Shorts</translation>
    </message>
    <message>
        <source>1920x1080 (landscape, 1080p)</source>
        <translation>1920x1080 (горизонтально, 1080p)</translation>
    </message>
    <message>
        <source>1280x720 (landscape, 720p)</source>
        <translation>1280x720 (горизонтально, 720p)</translation>
    </message>
    <message>
        <source>1080x1920 (vertical, 1080p)</source>
        <translation>1080x1920 (вертикально, 1080p)</translation>
    </message>
    <message>
        <source>720x1280 (vertical, 720p)</source>
        <translation>720x1280 (вертикально, 720p)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Частота кадров</translation>
    </message>
    <message>
        <source>Frames per second; 30 suits most platforms</source>
        <translation>Кадров в секунду; 30 подходит большинству площадок</translation>
    </message>
    <message>
        <source>Video bitrate (kbit/s)</source>
        <translation>Битрейт видео (кбит/с)</translation>
    </message>
    <message>
        <source>How much picture a second is sent, e.g. 3000 at 720p, 4500 at 1080p</source>
        <translation>Сколько изображения уходит в секунду, напр. 3000 при 720p, 4500 при 1080p</translation>
    </message>
    <message>
        <source>Encoder preset</source>
        <translation>Пресет кодировщика</translation>
    </message>
    <message>
        <source>Faster presets leave the computer more to spare, slower ones look better at the same bitrate</source>
        <translation>Быстрые пресеты меньше нагружают компьютер, медленные дают лучшую картинку при том же битрейте</translation>
    </message>
    <message>
        <source>Hold (minutes)</source>
        <translation>Бронь (минуты)</translation>
    </message>
    <message>
        <source>Minutes an unpaid reservation is held before its stock is released (0: held until you act)</source>
        <translation>Сколько минут неоплаченная бронь держит товар, прежде чем он освободится (0: пока вы не решите)</translation>
    </message>
    <message>
        <source>Show discount</source>
        <translation>Скидка эфира</translation>
    </message>
    <message>
        <source>A code and its discount, e.g. &apos;LIVE10 10%&apos; or &apos;LIVE5 5.00&apos;; empty for none</source>
        <translation>Код и его скидка, например &apos;LIVE10 10%&apos; или &apos;LIVE5 5.00&apos;; пусто — без скидки</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Стоимость доставки</translation>
    </message>
    <message>
        <source>The flat shipping fee per cart, e.g. 15.90; empty for free shipping</source>
        <translation>Фиксированная доставка за корзину, например 15.90; пусто — бесплатно</translation>
    </message>
    <message>
        <source>Free shipping over</source>
        <translation>Бесплатная доставка от</translation>
    </message>
    <message>
        <source>Carts from this amount (after the discount) ship free, e.g. 150</source>
        <translation>Корзины от этой суммы (после скидки) доставляются бесплатно, например 150</translation>
    </message>
    <message>
        <source>Pix key</source>
        <translation>Ключ Pix</translation>
    </message>
    <message>
        <source>The shop&apos;s Pix key (CPF, CNPJ, e-mail, +55 phone or random key): each cart gets a Pix code</source>
        <translation>Ключ Pix магазина (CPF, CNPJ, e-mail, телефон +55 или случайный ключ): каждая корзина получает код Pix</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s name</source>
        <translation>Имя получателя Pix</translation>
    </message>
    <message>
        <source>Up to 25 letters, as the bank shows it to the buyer</source>
        <translation>До 25 букв, как банк покажет покупателю</translation>
    </message>
    <message>
        <source>Pix receiver&apos;s city</source>
        <translation>Город получателя Pix</translation>
    </message>
    <message>
        <source>Up to 15 letters</source>
        <translation>До 15 букв</translation>
    </message>
    <message>
        <source>PayPal.Me name</source>
        <translation>Имя PayPal.Me</translation>
    </message>
    <message>
        <source>Buyers get paypal.me/NAME/AMOUNT</source>
        <translation>Покупатели получают paypal.me/ИМЯ/СУММА</translation>
    </message>
    <message>
        <source>Cart checkout link</source>
        <translation>Ссылка на оплату корзины</translation>
    </message>
    <message>
        <source>A link with {cart}, {total} and {items}, e.g. https://shop.example/cart/{items}</source>
        <translation>Ссылка с {cart}, {total} и {items}, например https://shop.example/cart/{items}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>Prices are kept in one currency. The demo products are priced in it too, so a show&apos;s takings are never in two currencies.</source>
        <translation>Цены хранятся в одной валюте. Демо-товары тоже, поэтому выручка эфира никогда не бывает в двух валютах.</translation>
    </message>
    <message>
        <source>Money is written as in:</source>
        <translation>Суммы записываются как в:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>A price reads:</source>
        <translation>Цена выглядит так:</translation>
    </message>
    <message>
        <source>Currency: {code} is not an ISO 4217 code, e.g. EUR</source>
        <translation>Валюта: {code} — не код ISO 4217, напр. EUR</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Money format: {locale} is not a locale, e.g. pt_BR</source>
        <translation>Формат сумм: {locale} — не локаль, напр. pt_BR</translation>
    </message>
</context>
<context>
    <name>ShowControls</name>
    <message>
        <source>Show</source>
        <translation>Эфир</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>В эфир</translation>
    </message>
    <message>
        <source>Publish to the destinations you choose</source>
        <translation>Транслировать на выбранные площадки</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Завершить эфир</translation>
    </message>
    <message>
        <source>End the show on every destination</source>
        <translation>Завершить эфир на всех площадках</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Record the program to the recordings folder</source>
        <translation>Записывать программу в папку записей</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>Rehearse on a copy of the shop with a practice audience: nothing is published</source>
        <translation>Репетиция на копии магазина с тренировочной аудиторией: ничего не транслируется</translation>
    </message>
    <message>
        <source>Studio Mode</source>
        <translation>Режим студии</translation>
    </message>
    <message>
        <source>Prepare the next scene in preview</source>
        <translation>Готовить следующую сцену в превью</translation>
    </message>
    <message>
        <source>A rehearsal publishes nothing</source>
        <translation>Репетиция ничего не транслирует</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Завершить эфир?</translation>
    </message>
    <message>
        <source>The stream stops on every destination and the recording is finished.</source>
        <translation>Трансляция остановится на всех площадках, запись будет завершена.</translation>
    </message>
    <message>
        <source>The recording failed: {error}</source>
        <translation>Запись не удалась: {error}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Запись сохранена: {path}</translation>
    </message>
</context>
<context>
    <name>ShowReportWindow</name>
    <message>
        <source>Show report</source>
        <translation>Отчёт об эфире</translation>
    </message>
    <message>
        <source>Choose a show; choose several (Ctrl or Shift) to compare their figures</source>
        <translation>Выберите эфир; несколько (Ctrl или Shift) — чтобы сравнить показатели</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Зрители</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Закрепления</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Ctrl+click more shows to compare their figures side by side</source>
        <translation>Ctrl+щелчок по другим эфирам — сравнить показатели рядом</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Эфир %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat messages per minute</source>
        <translation>Сообщений в чате в минуту</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>сообщения</translation>
    </message>
    <message>
        <source>Concurrent viewers</source>
        <translation>Зрителей одновременно</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>зрители</translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <source>Orders this show</source>
        <translation>Заказы в этом эфире</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>This minute</source>
        <translation>За эту минуту</translation>
    </message>
    <message>
        <source>Watching now</source>
        <translation>Смотрят сейчас</translation>
    </message>
    <message numerus="yes">
        <source>%n orders, %1</source>
        <translation>
            <numerusform>%n заказ, %1</numerusform>
            <numerusform>%n заказа, %1</numerusform>
            <numerusform>%n заказов, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <source>The store could not do it: %1</source>
        <translation>База данных не смогла это сделать: %1</translation>
    </message>
</context>
<context>
    <name>StoreReader</name>
    <message>
        <source>Cannot read the show&apos;s store: %1</source>
        <translation>Не удаётся прочитать базу данных эфира: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 не удалось: %2</translation>
    </message>
    <message>
        <source>%1 failed (the log says why)</source>
        <translation>%1 не удалось (причина в журнале)</translation>
    </message>
</context>
<context>
    <name>StreamWords</name>
    <message numerus="yes">
        <source>Only %n left</source>
        <comment>low-stock badge</comment>
        <translation>
            <numerusform>Осталась %n шт.</numerusform>
            <numerusform>Осталось %n шт.</numerusform>
            <numerusform>Осталось %n шт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <comment>stock badge and ticker</comment>
        <translation>Распродано</translation>
    </message>
    <message>
        <source>Comment %1 %2</source>
        <comment>buy line: the buy keyword, then the product code</comment>
        <translation>Напишите %1 %2</translation>
    </message>
    <message>
        <source>Pre-order · ships %1</source>
        <comment>card badge: a product sold ahead, then its ship date</comment>
        <translation>Предзаказ · отправка %1</translation>
    </message>
    <message>
        <source>Code %1: %2 off</source>
        <comment>the show&apos;s discount code, then what it takes off (10% or R$ 5,00)</comment>
        <translation>Промокод %1: скидка %2</translation>
    </message>
    <message>
        <source>Free shipping over %1</source>
        <comment>ticker: carts from this amount ship free</comment>
        <translation>Бесплатная доставка от %1</translation>
    </message>
    <message>
        <source>Scan to buy</source>
        <comment>caption under the QR code</comment>
        <translation>Сканируйте, чтобы купить</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Флеш-распродажа</translation>
    </message>
    <message>
        <source>Sale ended</source>
        <translation>Акция завершена</translation>
    </message>
    <message>
        <source>Sold!</source>
        <comment>burst when an order arrives</comment>
        <translation>Продано!</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <comment>title when the host names no prize</comment>
        <translation>Розыгрыш</translation>
    </message>
    <message>
        <source>Type %1 to enter</source>
        <comment>giveaway: the keyword to type in chat</comment>
        <translation>Напишите %1, чтобы участвовать</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>giveaway entries so far</comment>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Winner</source>
        <comment>giveaway: caption over the winner&apos;s name</comment>
        <translation>Победитель</translation>
    </message>
</context>
<context>
    <name>StudioStatusBar</name>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Не в эфире</translation>
    </message>
    <message>
        <source>Remote: off</source>
        <translation>Удалённо: выкл.</translation>
    </message>
    <message>
        <source>Opening the show…</source>
        <translation>Открываем эфир…</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · lagged {lagged} · skipped {skipped} · dropped {dropped} · {kbps:.0f} kbit/s · CPU {cpu:.0f}%</source>
        <translation>{fps:.0f} кадр/с · задержано {lagged} · пропущено {skipped} · сброшено {dropped} · {kbps:.0f} кбит/с · ЦП {cpu:.0f}%</translation>
    </message>
    <message>
        <source>lagged: frames the clock could not compose in time; skipped: frames the encoder could not take; dropped: packets a slow destination let go</source>
        <translation>задержано: кадры, которые не успели собрать вовремя; пропущено: кадры, которые не принял кодировщик; сброшено: пакеты, которые отпустила медленная площадка</translation>
    </message>
    <message numerus="yes">
        <source>Remote: %n clients</source>
        <translation>
            <numerusform>Удалённо: %n клиент</numerusform>
            <numerusform>Удалённо: %n клиента</numerusform>
            <numerusform>Удалённо: %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote-control tools connect to {url}</source>
        <translation>Инструменты удалённого управления подключаются к {url}</translation>
    </message>
    <message>
        <source>Remote: failed: {reason}</source>
        <translation>Удалённо: сбой: {reason}</translation>
    </message>
    <message>
        <source>The show goes on; change the address or port in File ▸ Settings…</source>
        <translation>Эфир продолжается; измените адрес или порт в меню Файл ▸ Настройки…</translation>
    </message>
    <message>
        <source>Turn remote control on in File ▸ Settings…</source>
        <translation>Включите удалённое управление в меню Файл ▸ Настройки…</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>The next show opens with these; `vitrina run` too, unless its options say otherwise.</source>
        <translation>Следующий эфир откроется с этим; `vitrina run` тоже, если его параметры не говорят иначе.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ожидает с</translation>
    </message>
</context>
</TS>
