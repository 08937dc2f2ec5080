"""Türkische Übersetzung der Demo-Daten aus ``demo/data.py``.

Reine Datenstruktur ohne Importe. Schlüssel entsprechen den Slugs bzw. Vorlagen-Schlüsseln
in ``demo/data.py``; Orts- und Vereinsnamen bleiben deutsch (so stehen sie am Gebäude).
"""

CITY = {
    "name": "Bottrop",
    "contact_name": "Bottrop Belediyesi – Sosyal İşler Dairesi, semt çalışmaları koordinasyonu",
}


DISTRICTS = {
    "welheim": {
        "name": "Welheim",
        "intro": (
            "Welheim, Bottrop'un güneyindedir. Semtin kalbi Gartenstadt'tır: eski maden işçisi "
            "evleri, bahçeler ve bol yeşillik. Bu sayfada her hafta Welheim'da hangi buluşmalar, "
            "kurslar ve yardımlar olduğunu görürsünüz."
        ),
        "office_hours": "Pzt ve Çar 9:00–12:00, Per 14:00–17:00",
    },
    "altstadt": {
        "name": "Altstadt",
        "intro": (
            "Altstadt (Eski Şehir), Bottrop'un merkezidir: belediye binası, yaya bölgesi ve her "
            "yer yakın. Burada birçok ülkeden insanlar kapı kapıya komşu olarak yaşar. Bu sayfada "
            "bu hafta yakın çevrenizde neler olduğunu bulursunuz – etkinliklerin çoğu ücretsizdir."
        ),
        "office_hours": "Pzt ve Çar 9:00–12:00, Sal 14:00–18:00",
    },
    "nord-ost": {
        "name": "Nord-Ost",
        "intro": (
            "Nord-Ost, birçok ailenin yaşadığı, bahçeleri ve yeşil alanları olan sakin bir "
            "semttir. Dernekler, kilise cemaatleri ve komşular burada birçok şeyi birlikte yapar. "
            "Bu sayfada haftanın bütün buluşma yerleri ve etkinlikleri var."
        ),
        "office_hours": "Pzt ve Çar 9:00–12:00, Cum 10:00–13:00",
    },
    "batenbrock-sued": {
        "name": "Batenbrock-Süd",
        "intro": (
            "Batenbrock-Süd'de birçok genç aile yaşar. Önemli buluşma yerleri spor kulübü, ilkokul "
            "ve semt kafesidir. Burada bu hafta hangi etkinliklerin olduğunu görürsünüz. "
            "Sorularınız olursa semt bürosu size seve seve yardım eder."
        ),
        "office_hours": "Pzt ve Çar 9:00–12:00, Per 15:00–18:00",
    },
}


TARGET_GROUPS = {
    "kleinkinder": {"name": "Küçük çocuklar ve anne babalar"},
    "kita-kinder": {"name": "Anaokulu çocukları"},
    "kinder": {"name": "Çocuklar"},
    "jugendliche": {"name": "Gençler"},
    "junge-erwachsene": {"name": "Genç yetişkinler"},
    "familien": {"name": "Aileler"},
    "erwachsene": {"name": "Yetişkinler"},
    "senioren": {"name": "Yaşlılar"},
}


CATEGORIES = {
    "sport": {"name": "Spor ve hareket"},
    "lernen": {"name": "Ders ve ödev"},
    "familie": {"name": "Aile ve çocuk eğitimi"},
    "beratung": {"name": "Danışmanlık ve yardım"},
    "sprache": {"name": "Dil ve tanışma"},
    "digital": {"name": "Bilgisayar ve internet"},
    "kreativ": {"name": "Sanat ve kültür"},
    "freizeit": {"name": "Boş zaman ve tatil"},
    "gesundheit": {"name": "Sağlık ve beslenme"},
}


PLACES = {
    # Welheim
    "quartiersbuero-welheim": {
        "opening_hours": "Pzt ve Çar 9:00–12:00, Per 14:00–17:00",
        "accessibility": "Basamaksız giriş, zemin katta engelli tuvaleti.",
    },
    "jugendtreff-welheim": {
        "opening_hours": "Pzt–Cum 13:00–20:00, okul tatillerinde 10:00'dan itibaren",
        "accessibility": "Giriş avlu tarafındaki rampadan, zemin katta engelli tuvaleti.",
    },
    "familienzentrum-sonnenblume": {
        "opening_hours": "Pzt–Cum 7:30–17:00",
        "accessibility": (
            "Basamaksız giriş, çocuk arabaları için yer, bebek bezi değiştirme odası ve engelli "
            "tuvaleti."
        ),
    },
    "gartenstadtschule-welheim": {
        "opening_hours": "Pzt–Cum 7:30–18:00",
        "accessibility": (
            "Eski bina, ana girişte dört basamak var; okul bahçesine ve spor salonuna basamaksız "
            "girilir."
        ),
    },
    "sportanlage-welheim": {
        "opening_hours": "Pzt–Cum 15:00–21:00, Cmt 9:00–14:00",
        "accessibility": (
            "Salona ve sahaya basamaksız girilir; soyunma odaları bodrum kattadır, oraya yalnızca "
            "merdivenle inilir."
        ),
    },
    "nachbarschaftscafe-gartenstadt": {
        "opening_hours": "Sal–Cum 9:00–19:00, ayın son cumartesi günü 10:00–13:00",
        "accessibility": "Otomatik kapılı basamaksız giriş, engelli tuvaleti.",
    },
    "buecherei-welheim": {
        "opening_hours": "Sal 10:00–13:00 ve 14:00–18:00, Çar ve Cum 14:00–18:00",
        "accessibility": (
            "Girişte iki basamak var; lütfen zili çalın, size taşınabilir bir rampa koyarız."
        ),
    },
    "seniorentreff-welheim": {
        "opening_hours": "Pzt–Cum 9:30–17:00",
        "accessibility": "Basamaksız giriş, koridorda tutunma kolları, engelli tuvaleti.",
    },
    "gemeindehaus-welheim": {
        "opening_hours": "Etkinlik olduğunda açık",
        "accessibility": (
            "Salon üst katta, asansör yok; zemin kattaki küçük grup odasına bir basamakla çıkılır."
        ),
    },
    # Altstadt
    "quartiersbuero-altstadt": {
        "opening_hours": "Pzt ve Çar 9:00–12:00, Sal 14:00–18:00",
        "accessibility": "Yaya bölgesinden basamaksız giriş, binada engelli tuvaleti var.",
    },
    "jugendzentrum-altstadt": {
        "opening_hours": "Pzt–Cum 13:00–20:00, okul tatillerinde 10:00'dan itibaren",
        "accessibility": "Basamaksız giriş, bütün katlara asansör, zemin katta engelli tuvaleti.",
    },
    "familienzentrum-regenbogen": {
        "opening_hours": "Pzt–Cum 7:00–17:00",
        "accessibility": "Basamaksız giriş, bebek bezi değiştirme odası ve engelli tuvaleti.",
    },
    "grundschule-am-stadtgarten": {
        "opening_hours": "Pzt–Cum 7:30–18:00",
        "accessibility": "Yeni bina, bütün odalara basamaksız ya da asansörle gidilir.",
    },
    "sporthalle-am-stadtgarten": {
        "opening_hours": "Pzt–Cum 8:00–22:00, Cmt 9:00–18:00",
        "accessibility": "Salona ve tribüne basamaksız giriş, engelliler için soyunma odası.",
    },
    "nachbarschaftscafe-altstadt": {
        "opening_hours": "Sal–Cum 9:00–20:00, Cmt 10:00–14:00",
        "accessibility": (
            "Girişte bir basamak var (yaklaşık 10 cm); bodrumdaki tuvalet engelliler için uygun "
            "değil."
        ),
    },
    "stadtbuecherei-altstadt": {
        "opening_hours": "Sal–Cum 10:00–18:00, Cmt 10:00–13:00",
        "accessibility": (
            "Basamaksız giriş, 1. kattaki çocuk kütüphanesine asansör, engelli tuvaleti."
        ),
    },
    "begegnungsstaette-altstadt": {
        "opening_hours": "Pzt–Cum 9:00–17:00",
        "accessibility": "Basamaksız giriş, koridorda oturacak yerler, engelli tuvaleti.",
    },
    "vhs-haus-altstadt": {
        "opening_hours": "Pzt–Per 8:00–21:00, Cum 8:00–16:00",
        "accessibility": (
            "Rampalı giriş, bütün kurs odalarına asansör, zemin katta engelli tuvaleti."
        ),
    },
    # Nord-Ost
    "quartiersbuero-nord-ost": {
        "opening_hours": "Pzt ve Çar 9:00–12:00, Cum 10:00–13:00",
        "accessibility": "Alçak rampalı giriş, engelli tuvaleti var.",
    },
    "jugendhaus-nord-ost": {
        "opening_hours": "Pzt–Cum 13:00–20:00, okul tatillerinde 10:00'dan itibaren",
        "accessibility": (
            "Ana girişte dört basamak var; arka girişte rampa var, lütfen zili çalın, ekip size "
            "kapıyı açar."
        ),
    },
    "familienzentrum-pusteblume": {
        "opening_hours": "Pzt–Cum 7:00–17:00",
        "accessibility": "Basamaksız giriş, çocuk arabaları için yer, engelli tuvaleti.",
    },
    "grundschule-nord-ost": {
        "opening_hours": "Pzt–Cum 7:30–18:00",
        "accessibility": (
            "Giriş ve toplantı salonu basamaksız, öğretmenler odasının yanında engelli tuvaleti."
        ),
    },
    "sportpark-nord-ost": {
        "opening_hours": "Pzt–Cum 14:00–22:00, Cmt 9:00–16:00",
        "accessibility": "Salona, suni çim sahaya ve basketbol sahasına basamaksız gidilir.",
    },
    "gemeindezentrum-friedenskirche": {
        "opening_hours": "Sal–Cum 9:00–20:00",
        "accessibility": "Basamaksız salon, giriş otopark tarafından, engelli tuvaleti.",
    },
    "buecherei-nord-ost": {
        "opening_hours": "Sal 10:00–13:00 ve 14:00–18:00, Çar ve Cum 14:00–18:00",
        "accessibility": "Basamaksız giriş, raflar arasında geniş koridorlar.",
    },
    "seniorentreff-nord-ost": {
        "opening_hours": "Pzt–Cum 9:30–17:00",
        "accessibility": (
            "Buluşma yeri yüksek zemin katta: altı basamak var, iki tarafta da tırabzan var."
        ),
    },
    # Batenbrock-Süd
    "quartiersbuero-batenbrock-sued": {
        "opening_hours": "Pzt ve Çar 9:00–12:00, Per 15:00–18:00",
        "accessibility": "Basamaksız giriş, zemin katta engelli tuvaleti.",
    },
    "jugendtreff-batenbrock": {
        "opening_hours": "Pzt–Cum 13:00–20:00, okul tatillerinde 10:00'dan itibaren",
        "accessibility": "Basamaksız giriş, buluşma yeri ve tuvalet zemin katta.",
    },
    "familienzentrum-arche": {
        "opening_hours": "Pzt–Cum 7:00–17:00",
        "accessibility": "Basamaksız giriş, bebek bezi değiştirme odası ve engelli tuvaleti.",
    },
    "grundschule-batenbrock": {
        "opening_hours": "Pzt–Cum 7:30–18:00",
        "accessibility": "Ana girişte üç basamak var; okul bahçesi tarafındaki girişte rampa var.",
    },
    "sportanlage-batenbrock": {
        "opening_hours": "Pzt–Cum 15:00–22:00, Cmt ve Paz 9:00–15:00",
        "accessibility": "Salon ve saha basamaksız, engelli tuvaleti kulüp binasında.",
    },
    "stadtteilcafe-batenbrock": {
        "opening_hours": "Sal–Cum 9:00–20:00, ayın son cumartesi günü 10:00–13:00",
        "accessibility": "Basamaksız giriş, engelli tuvaleti.",
    },
    "buecherei-batenbrock": {
        "opening_hours": "Sal 10:00–13:00 ve 14:00–18:00, Çar ve Cum 14:00–18:00",
        "accessibility": (
            "Girişte bir yüksek basamak var; seve seve yardım ederiz, lütfen zili çalın."
        ),
    },
    "seniorenbegegnung-batenbrock": {
        "opening_hours": "Pzt–Cum 9:00–17:00",
        "accessibility": "Basamaksız giriş, engelli tuvaleti, binanın hemen önünde otopark.",
    },
}


OFFERS = {
    "krabbelgruppe": {
        "title": "Bebek ve küçük çocuk oyun grubu",
        "summary": (
            "Oynamak, şarkı söylemek ve başka anne babalarla tanışmak – 3 yaşına kadar çocuklar ve "
            "yanlarındaki bir yetişkin için."
        ),
        "description": (
            "Anne babalar, büyükanne ve büyükbabalar ve çocuğa bakan başka yetişkinler bebekleri "
            "ve küçük çocuklarıyla bir araya gelir. Çocuklar oynar ve emekler, sonunda birlikte "
            "şarkı söyleriz. Bir çocuk eğitmeni de orada olur; uyku, beslenme ve çocuğun gelişimi "
            "hakkındaki sorularınızı cevaplar. Lütfen kendiniz ve çocuğunuz için çorap ya da ev "
            "terliği getirin."
        ),
        "contact_name": "Bayan Yıldız",
    },
    "familiencafe": {
        "title": "Aile kafesi",
        "summary": (
            "Aileler için herkese açık buluşma yeri: kahve, meyve suyu ve oyun köşesi. Doğrudan "
            "gelebilirsiniz."
        ),
        "description": (
            "Aile kafesinde semtteki anne babalar, büyükanne ve büyükbabalar ve çocuklar buluşur. "
            "Kahve, çay ve meyve suyu var; çocuklar oyun köşesinde oynar. Aile merkezinden bir "
            "çalışan da orada olur ve sorularınıza yardım eder, örneğin kreşte yer bulma ya da "
            "başvuru formları hakkında. Yanınızda bir şey getirmeniz gerekmez."
        ),
        "cost_note": "Kahve ve pasta için küçük bir bağış",
        "contact_name": "Bayan Hoffmann",
    },
    "hausaufgabenhilfe": {
        "title": "Ödev yardımı",
        "summary": "İlkokul çocuklarına ödevlerinde yardım – küçük gruplarda ve acele etmeden.",
        "description": (
            "Gönüllü yardımcılar ve bir pedagog çocuklara ödevlerinde yardım eder. Her çocuk "
            "yardım alabilsin diye küçük gruplarda çalışırız. Lütfen defter, kitap ve kalem kutusu "
            "getirin. Ödevini bitiren çocuk sonra oyun oynayabilir."
        ),
        "contact_name": "Bay Becker",
    },
    "lernfoerderung": {
        "title": "Matematik ve Almanca destek dersi",
        "summary": (
            "Matematik ve Almancada eksikleri kapatmak için çalışma – 5. ile 10. sınıf arasındaki "
            "öğrenciler için."
        ),
        "description": (
            "Öğretmenlik okuyan üniversite öğrencileri sizinle en fazla dört kişilik gruplarda "
            "çalışır. Neyi anlamadığınıza birlikte bakarız ve sınavlara hazırlanırız. Lütfen okul "
            "eşyalarınızı ve son sınav kâğıtlarınızı getirin. Masraflar Eğitim ve Katılım (Bildung "
            "und Teilhabe, BuT) programından ödenebilir; başvuru için size yardım ederiz."
        ),
        "cost_note": (
            "Ayda 10 €; Eğitim ve Katılım (Bildung und Teilhabe) ya da Bottrop-Pass ile ücretsiz"
        ),
        "registration_note": (
            "Kayıt gençlik merkezinde ya da telefonla, grup başına en fazla 8 kişi"
        ),
        "contact_name": "Bayan Nowak",
    },
    "offener-jugendtreff": {
        "title": "Herkese açık gençlik buluşması",
        "summary": (
            "Langırt, müzik, arkadaşlarla buluşmak: Buluşma yeri 12 yaş ve üstü bütün gençlere "
            "açık."
        ),
        "description": (
            "Gençlik buluşmasında dinlenebilir, bilardo ve langırt oynayabilir, oyun konsolunda "
            "oynayabilir ya da sadece sohbet edebilirsiniz. Okulda ya da evde bir sorun olduğunda "
            "da ekip sizi her zaman dinler. Kayıt olmanız ve para ödemeniz gerekmez. Tezgâhta "
            "ucuza içecek ve atıştırmalık alabilirsiniz."
        ),
        "contact_name": "Bay Schulte",
    },
    "maedchentreff": {
        "title": "Kızlar buluşması",
        "summary": (
            "Sadece kızlar için bir öğleden sonra: sohbet etmek, yemek yapmak, dans etmek ve gezi "
            "planlamak."
        ),
        "description": (
            "Kızlar buluşmasında kendi aranızdasınız, erkekler yok. İki kadın pedagog orada olur "
            "ve ne yapacağımıza birlikte karar veririz: örneğin yemek yapmak, dans etmek, el işi "
            "yapmak ya da bir gezi planlamak. Burada sizi düşündüren konular hakkında da "
            "konuşabilirsiniz. Doğrudan gelin, arkadaşlarınızı da getirebilirsiniz."
        ),
        "contact_name": "Bayan Aydın",
    },
    "fussball-kinder": {
        "title": "Çocuklar için futbol antrenmanı",
        "summary": (
            "Spor kulübünde futbol: 6 ile 11 yaş arasındaki kızlar ve erkekler için antrenman, "
            "denemek için de gelebilirsiniz."
        ),
        "description": (
            "Spor kulübünün antrenörleri çocuklarla pas vermeyi, top sürmeyi ve gol atmayı "
            "çalışır. En önemli şey eğlenmek; önceden bilgi gerekmez. Lütfen spor kıyafeti, spor "
            "ayakkabısı ya da krampon ve bir su şişesi getirin. Antrenman okul tatillerinde de "
            "yapılır."
        ),
        "cost_note": (
            "İlk üç deneme antrenmanı ücretsiz, sonra ayda 6 € (Eğitim ve Katılım (Bildung und "
            "Teilhabe) ile ücretsiz)"
        ),
        "contact_name": "Bay Kaminski",
    },
    "streetball": {
        "title": "Basketbol ve sokak basketbolu",
        "summary": (
            "Gençler için herkese açık basketbol antrenmanı – salonda ya da dışarıda sahada."
        ),
        "description": (
            "İster yeni başlayan olun ister usta: Burada karışık takımlarda oynarsınız. Bir "
            "antrenör atışları ve oyun hareketlerini gösterir, sonra serbest maçlar yapılır. "
            "Toplar burada; size sadece spor kıyafeti ve salon ayakkabısı gerekir. Hava güzel "
            "olunca dışarıda oynarız."
        ),
        "contact_name": "Bay Okafor",
    },
    "kinderturnen": {
        "title": "Anaokulu çocukları için hareket saati",
        "summary": (
            "Tırmanmak, dengede durmak, koşup oynamak: 3 ile 6 yaş arasındaki çocuklar ve "
            "yanlarındaki bir yetişkin için jimnastik."
        ),
        "description": (
            "Her hafta spor salonunda bir hareket parkuru kurarız. Çocuklar istedikleri kadar "
            "tırmanır, zıplar ve dengede durmayı öğrenir. Saati spor kulübünden bir eğitmen "
            "yönetir; anne ya da babadan biri veya yanındaki başka bir yetişkin çocukla birlikte "
            "kalır. Lütfen spor kıyafeti ve jimnastik patiği ya da kaymaz çorap getirin."
        ),
        "cost_note": "İlk iki deneme saati ücretsiz, sonra ayda 4 €",
        "contact_name": "Bayan Lehmann",
    },
    "seniorengymnastik": {
        "title": "60 yaş üstü için hareket – yaşlılar için jimnastik",
        "summary": "Esneklik ve denge için hafif jimnastik – ayakta ve sandalyede oturarak.",
        "description": (
            "Eğitimli bir eğitmen sırt, eklemler ve denge için kolay hareketler gösterir. Herkes "
            "kendine iyi geldiği kadar yapar. Birçok hareket oturarak da yapılabilir. Lütfen rahat "
            "kıyafet, sağlam ayakkabı ve içecek bir şey getirin."
        ),
        "cost_note": "Her seferinde 2 €, Bottrop-Pass ile ücretsiz",
        "contact_name": "Bayan Schmitz",
    },
    "spaziergruppe": {
        "title": "Yürüyüş grubu “Birlikte yoldayız”",
        "summary": (
            "Birlikte yürüyüş yapmak ve sohbet etmek – yaklaşık bir saat, yavaş adımlarla, her "
            "havada."
        ),
        "description": (
            "Yaşlılar için buluşma yerinin önünde buluşuruz ve birlikte semtte ya da parkta bir "
            "tur atarız. Yavaş yürürüz, yürüteçle gelenler de hoş gelir; yolda bir bankta "
            "dinleniriz. Grup resmî tatil günlerinde de yürür – birçok kişi için bu güzel ve "
            "düzenli bir buluşmadır."
        ),
        "contact_name": "Bay Wagner",
    },
    "sitztanz": {
        "title": "Oturarak dans",
        "summary": (
            "Bilinen müziklerle oturarak dans – akla ve bedene iyi gelir, yürüteç ya da tekerlekli "
            "sandalye ile de olur."
        ),
        "description": (
            "Oturarak dansta, eski popüler şarkılar, halk şarkıları ve dünyanın her yerinden "
            "müziklerle kollarımızı, bacaklarımızı ve gövdemizi hareket ettiririz. Bir dans "
            "eğitmeni hareketleri yavaş yavaş gösterir. Önceden bilgi gerekmez, iyi yürüyebilmeniz "
            "de gerekmez. Dersten sonra kahve içeriz."
        ),
        "cost_note": "Her seferinde kahve için 1 €",
        "contact_name": "Bayan Schmitz",
    },
    "seniorencafe": {
        "title": "Yaşlılar kafesi",
        "summary": "Öğleden sonra rahatça birlikte oturmak, kâğıt oynamak ve haberleşmek.",
        "description": (
            "Yaşlılar kafesinde kahve, çay ve ev yapımı pasta var. Birçok kişi okey benzeri Rommé, "
            "Skat ya da tombala oynar, bazıları sadece sohbet etmeye gelir. Gönüllüler "
            "misafirlerle ilgilenir. İyi yürüyemiyorsanız, sizi arabayla getirip götürme hizmeti "
            "olup olmadığını sorabilirsiniz."
        ),
        "cost_note": "Kahve ve bir dilim pasta 2,50 €",
        "contact_name": "Bayan Kuhn",
    },
    "mittagstisch-senioren": {
        "title": "Yaşlılar için öğle yemeği",
        "summary": (
            "Güzel bir sohbet ortamında sıcak öğle yemeği – taze pişmiş, pazartesiden cumaya."
        ),
        "description": (
            "Her iş günü çorba ya da tatlıyla birlikte sıcak bir yemek var; isteyene vejetaryen "
            "yemek de var. Yemeğinizi yalnız değil, başkalarıyla birlikte yersiniz. Yeterince "
            "yemek pişirilebilsin diye lütfen en geç bir gün önceden kayıt olun. Haftalık yemek "
            "listesini buluşma yerinden ve semt bürosundan alabilirsiniz."
        ),
        "cost_note": "Yemek başına 4,50 €, Bottrop-Pass ile 2,50 €",
        "registration_note": "Bir gün önce saat 12:00'ye kadar kayıt, yüz yüze ya da telefonla",
        "contact_name": "Bayan Kuhn",
    },
    "sprachcafe": {
        "title": "Dil kafesi: Almanca konuşalım",
        "summary": (
            "Almanca konuşma alıştırması yapın ve komşularınızla tanışın – çay ve kurabiye "
            "eşliğinde."
        ),
        "description": (
            "Dil kafesinde küçük gruplar hâlinde günlük hayat hakkında Almanca konuşuruz: "
            "alışveriş, iş, okul ya da doktora gitmek gibi. Semtten gönüllüler yardım eder ve "
            "açıklar. Almancaya yeni başlayanlar dahil herkes hoş gelir. Yanınızda bir şey "
            "getirmeniz gerekmez, sadece konuşma isteğiniz yeter."
        ),
        "contact_name": "Bay Brandt",
    },
    "deutschkurs-muetter": {
        "title": "Annelere çocuk bakımlı Almanca kursu",
        "summary": "Sabahları Almanca öğrenin; bu sırada çocuklarınıza yan odada bakılır.",
        "description": (
            "Kurs, günlük hayat için Almanca öğrenmek isteyen anneler içindir; örneğin kreşte, "
            "doktorda ya da okulla konuşmak için. Halk Yüksekokulu'ndan (VHS) bir öğretmen küçük "
            "bir grupta ders verir. 6 yaşından küçük çocuklara yan odada çocuk eğitmenleri bakar. "
            "Lütfen defter ve kalem getirin, kitabı kursta alırsınız."
        ),
        "cost_note": "Ücretsiz, ders kitabı ve çocuk bakımı dahil",
        "registration_note": (
            "Kayıt aile merkezinde ya da Halk Yüksekokulu'nda (VHS), kursa her zaman başlanabilir, "
            "en fazla 14 kişi"
        ),
        "contact_name": "Bayan Petrović",
    },
    "digitale-sprechstunde": {
        "title": "Yaşlılar için telefon ve bilgisayar yardımı",
        "summary": (
            "Cep telefonu, tablet ya da dizüstü bilgisayarla ilgili sorularınız mı var? Adım adım, "
            "sakin sakin ve zor kelimeler kullanmadan anlatırız."
        ),
        "description": (
            "Torunlarınıza fotoğraf göndermek, internetten doktor randevusu almak ya da WhatsApp "
            "kurmak mı istiyorsunuz? Genç gönüllüler ve kütüphaneden bir çalışan size tek tek ve "
            "acele etmeden yardım eder. Lütfen şarjı dolu cihazınızı ve mümkünse şifrelerinizi "
            "getirin. Kütüphanenin tabletlerini de deneyebilirsiniz."
        ),
        "contact_name": "Bayan Jansen",
    },
    "bewerbungstraining": {
        "title": "Bilgisayar kursu ve iş başvurusu çalışması",
        "summary": (
            "Bilgisayarda özgeçmiş yazmak, iş aramak, iş görüşmesine hazırlanmak – 16 ile 26 yaş "
            "arasındaki gençler için."
        ),
        "description": (
            "Birlikte bilgisayarda bir özgeçmiş ve bir başvuru mektubu yazarız ve uygun meslek "
            "eğitimi (Ausbildung) ve iş yerleri ararız. İş görüşmesi alıştırması da yaparız. Bir "
            "sosyal hizmet uzmanı ve bir meslek eğitmeni size yardım eder. Lütfen karnelerinizi ve "
            "diplomalarınızı, varsa bir USB bellek de getirin."
        ),
        "contact_name": "Bay Yılmaz",
    },
    "online-elterntreff": {
        "title": "Akşamları internette anne baba buluşması",
        "summary": (
            "Evden çıkmadan başka anne babalarla konuşmak: bir aile danışmanıyla görüntülü buluşma."
        ),
        "description": (
            "İki haftada bir anne babalar akşamları görüntülü görüşmede buluşur. Bir aile "
            "danışmanı bir konu hakkında kısaca konuşur, örneğin uyku, ekran başında geçen süre ya "
            "da kardeşler arasındaki kavgalar; sonra deneyimlerimizi paylaşırız. Size sadece "
            "internete bağlı bir akıllı telefon ya da bilgisayar gerekir. Kamerayı açmak zorunda "
            "değilsiniz, sadece dinleyebilirsiniz."
        ),
        "contact_name": "Bayan Demir",
    },
    "erziehungsberatung": {
        "title": "Çocuk eğitimi danışmanlığı",
        "summary": (
            "Çocuklar ve gençlerle ilgili endişelerde gizli danışmanlık – ücretsiz, isterseniz "
            "adınızı söylemeden."
        ),
        "description": (
            "Ailede işler zor gittiğinde, örneğin kavga, ayrılık ya da okulda sorunlar olduğunda "
            "veya çocuğunuz değiştiğinde bir uzmanla konuşabilirsiniz. Danışmanlık ücretsizdir ve "
            "konuşulanlar gizli kalır. Yalnız, eşinizle ya da çocuğunuzla gelebilirsiniz. "
            "Görüşmeler aile merkezinde sakin bir odada yapılır."
        ),
        "registration_note": "Telefonla ya da e-postayla randevu alın",
        "times_note": "Randevuyla; telefonla randevu: Pzt–Cum 9:00–12:00 ve Sal 14:00–17:00",
        "contact_name": "Dr. Albers",
    },
    "sozialberatung": {
        "title": "Sosyal danışmanlık ve başvurularda yardım",
        "summary": (
            "Başvurularda, resmî dairelerden gelen mektuplarda ve vatandaşlık parası (Bürgergeld), "
            "kira yardımı (Wohngeld) ya da çocuk ek ödeneği (Kinderzuschlag) ile ilgili sorularda "
            "yardım."
        ),
        "description": (
            "Herkese açık görüşme saatinde bir sosyal hizmet uzmanı başvuru formlarını "
            "doldurmanıza yardım eder ve resmî dairelerden gelen mektupları açıklar. Randevusuz "
            "gelebilirsiniz, bazen biraz beklemeniz gerekebilir. Lütfen konuyla ilgili belgeleri "
            "ve kimliğinizi getirin. Uzun bir görüşme için size seve seve ayrı bir randevu "
            "veririz."
        ),
        "contact_name": "Bayan Günther",
    },
    "schuldnerberatung": {
        "title": "Borç danışmanlığı",
        "summary": (
            "Borçlarınızla artık başa çıkamıyorsanız: randevuyla ücretsiz ve gizli danışmanlık."
        ),
        "description": (
            "Bir borç danışmanı sizinle birlikte borçlarınıza ve gelirlerinize genel olarak bakar. "
            "Sonra birlikte bir çözüm ararsınız, örneğin taksitle ödeme ya da kişisel iflas "
            "(Privatinsolvenz). Danışmanlık ücretsizdir ve konuşulanlar gizli kalır. Lütfen ödeme "
            "ihtarlarını, sözleşmeleri ve banka hesap dökümlerini getirin."
        ),
        "registration_note": (
            "Telefonla randevu alın; banka hesabınıza haciz konduysa ya da elektriğiniz "
            "kesilecekse lütfen hemen haber verin"
        ),
        "times_note": "Randevuyla; telefonla randevu: Sal ve Per 9:00–12:00",
        "contact_name": "Bay Krüger",
    },
    "ferienprogramm": {
        "title": "Çocuklar için tatil programı",
        "summary": (
            "Okul tatillerinde: geziler, oyunlar, el işleri ve spor – öğle yemeğiyle birlikte."
        ),
        "description": (
            "Tatilde gençlik merkezinde her gün bir şey var: Gezilere gideriz, dışarıda oynarız, "
            "el işi yaparız ve birlikte yemek pişiririz. Ekipte pedagoglar ve eğitim almış gençler "
            "var. Lütfen havaya uygun kıyafet ve bir su şişesi getirin. Öğle yemeği fiyata "
            "dahildir."
        ),
        "cost_note": "Öğle yemeğiyle birlikte haftada 5 €, Bottrop-Pass ile ücretsiz",
        "registration_note": (
            "Kayıt tatilden dört hafta önce gençlik merkezinde başlar, yer sayısı sınırlı"
        ),
        "contact_name": "Bay Schulte",
    },
    "kreativwerkstatt": {
        "title": "Sanat atölyesi",
        "summary": (
            "Resim yapmak, el işi, tahta ve kil işleri: 6 ile 12 yaş arasındaki çocuklar için her "
            "hafta yeni bir proje."
        ),
        "description": (
            "Sanat atölyesinde boya, kâğıt, tahta ve kil ile çalışırız. Grubu bir sanatçı yönetir "
            "ve her hafta yeni bir fikir getirir. Bütün malzemeler burada var. Lütfen "
            "kirlenebilecek kıyafetler giyin."
        ),
        "contact_name": "Bayan Wiesner",
    },
    "kochen-mit-kindern": {
        "title": "Çocuklarla yemek yapıyoruz",
        "summary": "Birlikte kolay ve sağlıklı yemekler pişirip sonra birlikte yemek.",
        "description": (
            "Çocuklar doğrar, karıştırır, tadına bakar ve sağlıklı yemeğin ne kadar lezzetli "
            "olduğunu öğrenir. Bir beslenme danışmanı evde de yapılabilecek kolay tarifler "
            "gösterir. Sonunda herkes birlikte yer. Lütfen kayıt olurken çocuğunuzun alerjisi olup "
            "olmadığını söyleyin."
        ),
        "cost_note": "Her seferinde yiyecekler için 1 €",
        "registration_note": "Kayıt aile merkezinde, en fazla 10 çocuk",
        "contact_name": "Bayan Hoffmann",
    },
    "repair-cafe": {
        "title": "Dikiş ve tamir kafesi",
        "summary": (
            "Atmak yerine tamir etmek: giysiler, elektrikli aletler ve bisikletler – gönüllülerin "
            "yardımıyla."
        ),
        "description": (
            "Her ayın son cumartesi günü gönüllüler sizinle birlikte giysileri, ekmek kızartma "
            "makinelerini, lambaları, oyuncakları ya da bisikletleri tamir eder. Dikiş makineleri, "
            "aletler ve işinden anlayan yardımcılar var. Tamiri siz de birlikte yaparsınız ve "
            "böylece yeni şeyler öğrenirsiniz. Beklerken kahve içip pasta yiyebilirsiniz."
        ),
        "cost_note": "Ücretsiz, yedek parçalar için bağış yapabilirsiniz",
        "contact_name": "Bay Lorenz",
    },
    "vorlesestunde": {
        "title": "Gönüllülerle kitap okuma saati",
        "summary": (
            "Resimli kitaplara bakmak ve hikâye dinlemek – 3 ile 8 yaş arasındaki çocuklar için."
        ),
        "description": (
            "Gönüllü okuyucular kütüphanede heyecanlı ve komik hikâyeler okur, bazen Türkçe, "
            "Arapça ya da Ukraynaca da okurlar. Sonra hikâyeyle ilgili resim yaparız ya da el işi "
            "yaparız. Anne babalar çocuklarla kalabilir ya da rahatça kitaplara bakabilir. "
            "Ücretsiz çocuk kütüphane kartıyla sonra kitap ödünç alabilirsiniz."
        ),
        "contact_name": "Bayan Jansen",
    },
    "spieleabend": {
        "title": "Aileler için oyun akşamı",
        "summary": (
            "Kutu oyunları, kart oyunları ve yeni oyunları denemek – büyükler ve küçükler için."
        ),
        "description": (
            "Her ayın ikinci cuma günü oyun oynarız: “Mensch ärgere Dich nicht” gibi bilinen "
            "oyunlar, ama yeni oyunlar da. Bir oyun uzmanı kuralları anlatır. İçecekler ve küçük "
            "atıştırmalıklar var. 8 yaşından küçük çocuklar lütfen bir yetişkinle gelsin."
        ),
        "contact_name": "Bay Brandt",
    },
    "frauenfruehstueck": {
        "title": "Kadınlar kahvaltısı",
        "summary": (
            "İki haftada bir birlikte kahvaltı etmek, sohbet etmek ve yeni insanlarla tanışmak – "
            "sadece kadınlar için."
        ),
        "description": (
            "Semtteki kadınlar güzel bir kahvaltıda buluşur. Çoğu zaman küçük bir konu olur, "
            "örneğin sağlık, emeklilik ya da Ruhr bölgesinde gezilecek yerler. Her kültürden ve "
            "her yaştan kadınlar davetlidir. Küçük çocuklarınızı da getirebilirsiniz."
        ),
        "cost_note": "Kahvaltı için 3 €",
        "registration_note": (
            "Yeterince alışveriş yapabilmemiz için lütfen çarşamba gününe kadar kayıt olun"
        ),
        "contact_name": "Bayan Çelik",
    },
    "theater-ag": {
        "title": "Tiyatro grubu",
        "summary": (
            "Tiyatro oynamak, sahneler yazmak ve sonunda sahneye çıkmak – 8 ile 12 yaş arasındaki "
            "çocuklar için."
        ),
        "description": (
            "Tiyatro grubunda seyircilerin önünde konuşmayı, hareket etmeyi ve oynamayı çalışırız. "
            "Grubu bir tiyatro eğitmeni yönetir. Birlikte kendi oyunumuzu hazırlarız ve yaz "
            "tatilinden önce sahneleriz. Almancayı henüz çok iyi konuşamayan çocuklar da "
            "katılabilir."
        ),
        "registration_note": (
            "Okuldaki sosyal hizmet uzmanına kayıt olun; semtteki bütün çocuklara açık, en fazla "
            "15 kişi"
        ),
        "contact_name": "Bayan Brinkmann",
    },
    "hebammensprechstunde": {
        "title": "Ebe danışma saati",
        "summary": (
            "Hamilelik, emzirme ve bebekle ilk haftalar hakkında sorular – herkese açık danışma "
            "saati."
        ),
        "description": (
            "Deneyimli bir ebe hamilelik, emzirme, uyku ve bebek bakımı hakkındaki sorularınızı "
            "cevaplar. Bebeğinizi burada tarttırabilirsiniz de. Kayıt gerekmez. Lütfen varsa "
            "gebelik karnenizi (Mutterpass) ya da çocuğunuzun sarı muayene defterini "
            "(Untersuchungsheft) getirin."
        ),
        "contact_name": "Bayan Engel",
    },
    "pflegeberatung": {
        "title": "Bakım ve yaşlılar danışmanlığı",
        "summary": (
            "Bakım, günlük hayatta yardım ve yaşlılıkta ev hakkında danışmanlık – isterseniz "
            "evinizde de."
        ),
        "description": (
            "Bir bakım danışmanı size hangi yardımların olduğunu anlatır, örneğin bakım derecesi "
            "(Pflegegrad), ev işlerinde yardım, evde acil çağrı cihazı ya da evin yeniden "
            "düzenlenmesi. Bakım sigortasına (Pflegekasse) başvururken de yardım eder. "
            "Yakınlarınız da gelebilir. Evden çıkmakta zorlanıyorsanız, danışman sizi evinizde "
            "ziyaret eder."
        ),
        "registration_note": "Telefonla randevu alın, ev ziyareti de mümkün",
        "times_note": "Randevuyla; telefonla randevu: Pzt–Per 9:00–13:00",
        "contact_name": "Bay Vogel",
    },
    "stadtteilfest": {
        "title": "Semt şenliği",
        "summary": (
            "Bütün komşular için bir öğleden sonra: müzik, oyunlar, dünyadan yemekler ve bilgi "
            "standları."
        ),
        "description": (
            "Semtteki dernekler, kreşler, okullar ve girişimler okul bahçesinde kendilerini "
            "tanıtır. Şişme oyun parkı, çocuklar için yüz boyama, sahnede müzik ve birçok ülkeden "
            "yemekler var. Giriş ücretsizdir. Stant açmak isteyenler lütfen semt bürosuna haber "
            "versin."
        ),
        "contact_name": "Bayan Günther",
    },
    "digitalpaten": {
        "title": "Dijital rehberlerle görüşme saati",
        "summary": (
            "Cep telefonu, e-posta, internetten randevu: dijital rehberler size ücretsiz ve sakin"
            " bir şekilde yardım eder."
        ),
        "description": (
            "Gönüllü dijital rehberler, kablosuz internete nasıl bağlanacağınızı, e-posta "
            "yazmayı, belediyenin formlarını internetten doldurmayı ya da görüntülü arama yapmayı"
            " anlatır. Telefonunuzu veya tabletinizi getirin ya da burada bir cihaz ödünç alın. "
            "Yazıcı ve tarayıcıyı kullanabilirsiniz. Kayıt gerekmez."
        ),
        "contact_name": "Bay Özdemir",
    },
}

ORGANISATIONS = {
    "stadt-bottrop": {
        "profile": (
            "Bottrop Belediyesi'nin semt çalışmaları birimi semt bürolarını yürütür. Semtteki "
            "herkese danışmanlık yapıyor, doğru yardıma yönlendiriyor; komşuları, dernekleri ve "
            "kurumları bir araya getiriyoruz."
        )
    },
    "vhs-bottrop": {
        "profile": (
            "Halk Eğitim Merkezi yetişkinlere kurslar sunar: Almanca ve uyum, okul diplomaları, "
            "bilgisayar, sağlık ve kültür. Birçok kurs semtlerde yapılır, bazıları ücretsizdir."
        )
    },
    "stadtbuecherei-bottrop": {
        "profile": (
            "Şehir Kütüphanesi kitap, film ve oyun ödünç verir – birçok dilde de. Çocuklar için "
            "kitap okuma saatleri, yetişkinler için bilgisayar yardımı ve okuma kafeleri vardır."
        )
    },
    "jugendhilfe-bottrop": {
        "profile": (
            "Jugendhilfe Bottrop gençlik merkezleri işletir; çocuklara, gençlere ve ebeveynlere "
            "danışmanlık yapar. Açık buluşmalar, ödev yardımı, tatil programları ve danışmanlık "
            "ücretsizdir."
        )
    },
    "tus-welheim": {
        "profile": (
            "Welheim'da her yaştan insan için spor kulübü: futbol, jimnastik, yüzme ve sağlık "
            "sporu. Deneme antrenmanı ücretsizdir; geliri düşük ailelerin çocukları aidat "
            "ödemeden katılır."
        )
    },
    "djk-batenbrock": {
        "profile": (
            "Batenbrock'un spor kulübü: futbol, masa tenisi, çocuk jimnastiği ve yaşlılar için "
            "jimnastik. Yeni üyeler her zaman hoş karşılanır – denemek için uğramanız yeterli."
        )
    },
    "tsv-bottrop-nord": {
        "profile": (
            "Bottrop'un kuzeyinde köklü bir kulüp: hentbol, atletizm, dans ve engelli bireyler "
            "için spor. Deneme antrenmanları ücretsizdir."
        )
    },
    "familienzentrum-sonnenblume": {
        "profile": (
            "Welheim'da kreş ve aile merkezi: anne-baba ve çocuk grupları, aile danışmanlığı, dil "
            "desteği ve veli kafesi. Çocukları kreşe gitmeyen aileler de davetlidir."
        )
    },
    "familienzentrum-regenbogen": {
        "profile": (
            "Altstadt'ta kreş ve aile merkezi: bebek grupları, aile danışmanlığı, başvurularda "
            "yardım ve ebeveynler için Almanca. Nord-Ost'ta da ebeveynler için gezici "
            "görüşme saatleri düzenliyoruz."
        )
    },
    "ogs-foerderverein": {
        "profile": (
            "Destek derneği tam gün okulları yürütür: dersten sonra bakım, öğle yemeği, ödev "
            "yardımı ve ilkokul çocukları için kulüp etkinlikleri."
        )
    },
    "nachbarschaftsverein-altstadt": {
        "profile": (
            "Altstadt için çalışan komşular: tamir kafesi, semt şenliği, komşu yardımı ve dil "
            "engeli tanımayan buluşmalar. Herkes katılabilir."
        )
    },
    "sozialwerk-emscher": {
        "profile": (
            "Borç, bağımlılık, göç ve bakım konularında danışmanlık veren bir sosyal yardım "
            "kuruluşu; ayrıca yaşlılar buluşmaları ve dil kafeleri. Danışmanlık ücretsiz ve "
            "gizlidir."
        )
    },
}
