import torch
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(32, 4) + 3, torch.randint(0, 2, (32,))


def fine_tune(keep_bn_in_eval):
    torch.manual_seed(1)
    model = nn.Sequential(
        nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2)
    )
    model[:2].requires_grad_(False)  # freeze the Linear and the BatchNorm
    # every parameter goes in: those with .grad None are skipped by step()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    bn = model[1]
    stats_before = bn.running_mean.clone()
    w_before = model[0].weight.clone()
    for _ in range(5):
        model.train()  # sets every submodule to training mode...
        if keep_bn_in_eval:
            bn.eval()  # ...so put the frozen BatchNorm back each time
        loss = nn.functional.cross_entropy(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("BatchNorm in eval():", keep_bn_in_eval)
    same_w = torch.equal(model[0].weight, w_before)
    print("  frozen Linear unchanged:", same_w)
    same_stats = torch.equal(bn.running_mean, stats_before)
    print("  running_mean unchanged: ", same_stats)
    print("  num_batches_tracked:    ", bn.num_batches_tracked.item())


fine_tune(keep_bn_in_eval=False)
fine_tune(keep_bn_in_eval=True)
