<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogWrites</name>
    <message numerus="yes">
        <source>%1: %n left</source>
        <translation>
            <numerusform>%1: %n left</numerusform>
            <numerusform>%1: %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n demo products</source>
        <translation>
            <numerusform>Removed %n demo product</numerusform>
            <numerusform>Removed %n demo products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; kept %n that have orders</source>
        <translation>
            <numerusform>; kept %n that has orders</numerusform>
            <numerusform>; kept %n that have orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message numerus="yes">
        <source>Found %n camera(s).</source>
        <translation>
            <numerusform>Found %n camera.</numerusform>
            <numerusform>Found %n cameras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiveawayPanel</name>
    <message numerus="yes">
        <source>%1 (%2) wins among %n entries. Seed: %3</source>
        <translation>
            <numerusform>%1 (%2) wins among %n entry. Seed: %3</numerusform>
            <numerusform>%1 (%2) wins among %n entries. Seed: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: seed %1 draws %2 again among %n entries.</source>
        <translation>
            <numerusform>Verified: seed %1 draws %2 again among %n entry.</numerusform>
            <numerusform>Verified: seed %1 draws %2 again among %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>... and %n more problems</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message numerus="yes">
        <source>Questions (%n)</source>
        <translation>
            <numerusform>Questions (%n)</numerusform>
            <numerusform>Questions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat (%n)</source>
        <translation>
            <numerusform>Chat (%n)</numerusform>
            <numerusform>Chat (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders (%n)</source>
        <translation>
            <numerusform>Orders (%n)</numerusform>
            <numerusform>Orders (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waitlist (%n)</source>
        <translation>
            <numerusform>Waitlist (%n)</numerusform>
            <numerusform>Waitlist (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n orders in this show. See what sold, when, and while which product was pinned?</source>
        <translation>
            <numerusform>%n order in this show. See what sold, when, and while which product was pinned?</numerusform>
            <numerusform>%n orders in this show. See what sold, when, and while which product was pinned?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n products: %1 new, %2 updated</source>
        <translation>
            <numerusform>Imported %n product: %1 new, %2 updated</numerusform>
            <numerusform>Imported %n products: %1 new, %2 updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderToast</name>
    <message numerus="yes">
        <source>%n new orders</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureProgressBar</name>
    <message numerus="yes">
        <source>%n pictures could not be fetched yet: trying again later</source>
        <translation>
            <numerusform>%n picture could not be fetched yet: trying again later</numerusform>
            <numerusform>%n pictures could not be fetched yet: trying again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures cannot be used (see the log)</source>
        <translation>
            <numerusform>%n picture cannot be used (see the log)</numerusform>
            <numerusform>%n pictures cannot be used (see the log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes in all</source>
        <translation>
            <numerusform>%n vote in all</numerusform>
            <numerusform>%n votes in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message numerus="yes">
        <source>%n products matching “%1”</source>
        <translation>
            <numerusform>%n product matching “%1”</numerusform>
            <numerusform>%n products matching “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message numerus="yes">
        <source>  ·  %n variants</source>
        <translation>
            <numerusform>  ·  %n variant</numerusform>
            <numerusform>  ·  %n variants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowReportWindow</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message numerus="yes">
        <source>%n orders, %1</source>
        <translation>
            <numerusform>%n order, %1</numerusform>
            <numerusform>%n orders, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamWords</name>
    <message numerus="yes">
        <source>Only %n left</source>
        <comment>low-stock badge</comment>
        <translation>
            <numerusform>Only %n left</numerusform>
            <numerusform>Only %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>giveaway entries so far</comment>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioStatusBar</name>
    <message numerus="yes">
        <source>Remote: %n clients</source>
        <translation>
            <numerusform>Remote: %n client</numerusform>
            <numerusform>Remote: %n clients</numerusform>
        </translation>
    </message>
</context>
</TS>
