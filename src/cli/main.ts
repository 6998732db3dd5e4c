console.log('growth-ledger');
